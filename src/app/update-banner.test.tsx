import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/i18n/i18n';
import { UpdateBanner } from './update-banner';

async function renderBanner(props: { needRefresh: boolean; offlineReady: boolean }) {
  const i18n = await initI18n({ language: 'en' });
  const onReload = vi.fn();
  const onDismiss = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <UpdateBanner {...props} onReload={onReload} onDismiss={onDismiss} />
    </I18nextProvider>,
  );
  return { onReload, onDismiss };
}

describe('update banner', () => {
  it('offers a reload when a new version waits, and reloads only when asked', async () => {
    const { onReload, onDismiss } = await renderBanner({ needRefresh: true, offlineReady: false });
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available');
    expect(onReload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('says when the app is ready offline', async () => {
    await renderBanner({ needRefresh: false, offlineReady: true });
    expect(screen.getByRole('status')).toHaveTextContent('Ready to work offline');
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  });

  it('shows nothing when there is no news', async () => {
    await renderBanner({ needRefresh: false, offlineReady: false });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
