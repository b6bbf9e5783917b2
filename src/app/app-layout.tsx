import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useOptionalWorkspace } from '@/data/workspace-context';
import { useAfterFirstScreen } from '@/ui/use-after-first-screen';
import { BottomNav } from './bottom-nav';
import { EscalateButton } from './escalate-button';
import { OptionalSection } from '@/ui/optional-section';

/** Local shift reminders on every screen; loaded after the first screen, with its strings. */
const ShiftReminderScheduler = lazy(async () => {
  const { ShiftReminderScheduler: Scheduler } =
    await import('@/features/roster/reminder-scheduler');
  return { default: Scheduler };
});

const REMINDERS_AFTER_MS = 5_000;

export function AppLayout() {
  const { t } = useTranslation();
  const open = useOptionalWorkspace();
  // Reminders are planned hours ahead: a few seconds' wait keeps them off the first screen.
  const isAfterFirstScreen = useAfterFirstScreen(open !== null, REMINDERS_AFTER_MS);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <main id="main" className="app-main">
        {open?.workspace.kind === 'demo' && (
          <p>
            <span className="badge badge-warning">{t('demoBadge')}</span>
          </p>
        )}
        <Outlet />
      </main>
      <EscalateButton hasBottomNav={open !== null} />
      {open && <BottomNav />}
      {open && isAfterFirstScreen && (
        <OptionalSection>
          <ShiftReminderScheduler />
        </OptionalSection>
      )}
    </>
  );
}
