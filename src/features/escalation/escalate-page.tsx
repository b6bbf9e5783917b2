import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useOptionalWorkspace } from '@/data/workspace-context';
import { emergencyNumbersFor } from '@/domain/escalation/escalation-routing';
import type { EscalationCategory } from '@/domain/policy/project-policy';
import { OptionalSection } from '@/ui/optional-section';
import { Page } from '@/ui/page';
import { readEscalateState } from './escalate-state';
import { EscalationForm } from './escalation-form';
import type { EscalationLinks } from './escalation-links';
import { MyEscalations } from './my-escalations';
import { useEscalateContext } from './use-escalate-context';
import { useRaiseEscalation } from './use-raise-escalation';

const WatchSection = lazy(() =>
  import('./watch-section').then((module) => ({ default: module.WatchSection })),
);

/** Works before any workspace exists: the first escalation opens an empty local one. */
export function EscalatePage({ links }: { links: EscalationLinks }) {
  const { t } = useTranslation('escalation');
  const open = useOptionalWorkspace();
  const location = useLocation();
  const navigate = useNavigate();
  const state = readEscalateState(location.state);
  const fromScreen = state.from ?? location.pathname;
  const context = useEscalateContext(state.payLineId);
  const raise = useRaiseEscalation(fromScreen, state.payLineId, context);

  function handleRaiseFinding(category: EscalationCategory, description: string) {
    // A new history entry remounts the form with the finding prefilled (and focuses it there).
    void navigate(links.escalate(), { state: { from: fromScreen, category, description } });
  }

  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      <div className="card">
        <EscalationForm
          key={location.key}
          initialCategory={state.category}
          initialDescription={state.description}
          emergencyContacts={emergencyNumbersFor(context.policy)}
          shift={context.shift}
          payLine={context.payLine}
          onSubmit={raise}
          escalationHref={links.escalation}
        />
      </div>
      {open && (
        <OptionalSection>
          <WatchSection links={links} onRaise={handleRaiseFinding} />
        </OptionalSection>
      )}
      {open && <MyEscalations repositories={open.repositories} links={links} />}
    </Page>
  );
}
