import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useOptionalWorkspace, useWorkspaceActions } from '@/data/workspace-context';
import { localDayOf } from '@/domain/roster/describe-shift';
import { useSyncActions } from '@/sync/sync-context';
import { useClock } from '@/ui/clock-context';
import { Page } from '@/ui/page';
import { EscalationForm, type EscalationDraft } from './escalation-form';
import { EscalationList } from './escalation-list';

/** Works before any workspace exists: the first escalation opens an empty local one. */
export function EscalatePage() {
  const { t } = useTranslation('escalation');
  const open = useOptionalWorkspace();
  const actions = useWorkspaceActions();
  const { syncNow } = useSyncActions();
  const clock = useClock();
  const location = useLocation();
  const fromScreen = (location.state as { from?: string } | null)?.from ?? location.pathname;

  async function handleSubmit(draft: EscalationDraft) {
    const { repositories } = await actions.ensureOpen();
    const now = clock();
    const today = localDayOf(now.toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    const agent = await repositories.profile.findAgentContext(today);
    await repositories.escalations.raise(
      {
        ...draft,
        agentId: agent?.profile.id ?? 'local-agent',
        severity: draft.category === 'safety-emergency' ? 'high' : 'normal',
        context: { screen: fromScreen, shiftId: null, payLineId: null },
      },
      now,
    );
    // Escalations do not wait for the next sync cycle (STYLE.md §5).
    void syncNow('write');
  }

  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      <div className="card">
        <EscalationForm onSubmit={handleSubmit} />
      </div>
      {open && <EscalationList repositories={open.repositories} />}
    </Page>
  );
}
