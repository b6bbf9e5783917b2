import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createTestRouter } from '@/app/router';
import { WorkspaceHost } from '@/app/workspace-host';
import { createWorkspaceServices } from '@/app/services';
import type { WorkbenchDb } from '@/data/db';
import { saveActiveWorkspace } from '@/data/workspace-pointer';
import type { Workspace, WorkspaceKind } from '@/data/workspace-registry';
import { initI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/languages';
import { ClockProvider } from '@/ui/clock-context';
import { seedDemoShiftChange } from '@/data/demo/demo-shift-changes';

/** Sunday 22 November 2026, 10:00 in Shanghai. */
export const TEST_NOW = new Date('2026-11-22T02:00:00Z');

export interface RenderAppOptions {
  /** A workspace already open when the app starts; none shows the welcome screen. */
  workspace?: WorkspaceKind | null;
  language?: Language;
  now?: Date;
  /** Writes to the workspace's database before the app opens it (as an earlier session would). */
  prepare?: (db: WorkbenchDb) => Promise<void>;
}

let workspaceCounter = 0;

/**
 * Renders the whole app (router, i18n, workspace, sync) at `path` with a fixed clock, on real
 * Dexie over fake-indexeddb. A demo workspace is filled through its first sync beforehand.
 */
export async function renderApp(path: string, options: RenderAppOptions = {}) {
  const now = options.now ?? TEST_NOW;
  const clock = () => now;
  const i18n = await initI18n({ language: options.language ?? 'en' });
  if (options.workspace) {
    workspaceCounter += 1;
    const workspace: Workspace = {
      id: `test-${options.workspace}-${workspaceCounter}`,
      kind: options.workspace,
      demoDate: options.workspace === 'demo' ? '2026-11-22' : null,
      serverUrl: null,
      agentId: null,
      createdAt: now.toISOString(),
    };
    const services = createWorkspaceServices(workspace, clock);
    if (workspace.kind === 'demo') {
      // As "Explore with demo data" does: fill the workspace before it is opened.
      await (await services.loadSync()).engine.syncNow('boot');
      await seedDemoShiftChange(services.db, now);
    }
    await options.prepare?.(services.db);
    services.db.close();
    await saveActiveWorkspace(localStorage, workspace);
  }
  const router = createTestRouter(path, i18n);
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ClockProvider clock={clock}>
        <WorkspaceHost now={clock}>
          <RouterProvider router={router} />
        </WorkspaceHost>
      </ClockProvider>
    </I18nextProvider>,
  );
  return { ...view, user, router, i18n };
}
