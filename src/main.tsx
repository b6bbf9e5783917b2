import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { UpdatePrompt } from '@/app/update-prompt';
import { initI18n } from '@/i18n/i18n';
import { applyTheme, readThemePreference } from '@/ui/theme';
import '@/ui/styles.css';

applyTheme(readThemePreference());

// Ask the browser not to evict our data under storage pressure (SYNC.md §1 point 8); Me shows
// whether it agreed.
void navigator.storage?.persist?.().catch(() => false);

const i18n = await initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App i18n={i18n} extra={<UpdatePrompt />} />
  </StrictMode>,
);
