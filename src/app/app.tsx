import { useState, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ClockProvider } from '@/ui/clock-context';
import { createAppRouter } from './router';
import { WorkspaceHost } from './workspace-host';

const realClock = () => new Date();

/** Providers in dependency order; `extra` mounts app-wide parts such as the update prompt. */
export function App({ i18n, extra }: { i18n: I18n; extra?: ReactNode }) {
  const [router] = useState(() => createAppRouter(i18n));
  return (
    <I18nextProvider i18n={i18n}>
      <ClockProvider clock={realClock}>
        <WorkspaceHost now={realClock}>
          {extra}
          <RouterProvider router={router} />
        </WorkspaceHost>
      </ClockProvider>
    </I18nextProvider>
  );
}
