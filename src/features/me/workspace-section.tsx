import { useTranslation } from 'react-i18next';
import { useOpenWorkspace, useWorkspaceActions } from '@/data/workspace-context';
import { Section } from '@/ui/page';

/** Reset or close the workspace; both warn first when unsent records would be lost. */
export function WorkspaceSection() {
  const { t } = useTranslation('me');
  const { workspace } = useOpenWorkspace();
  const actions = useWorkspaceActions();

  async function confirmWithUnsent(question: string): Promise<boolean> {
    const unsent = await actions.countUnsent();
    const warning = unsent > 0 ? `\n\n${t('workspace.unsentWarning', { count: unsent })}` : '';
    return window.confirm(question + warning);
  }

  async function handleReset() {
    if (await confirmWithUnsent(t('workspace.resetDemoConfirm'))) await actions.resetDemo();
  }

  async function handleClose() {
    const question =
      workspace.kind === 'server' ? t('workspace.signOutConfirm') : t('workspace.leaveConfirm');
    if (await confirmWithUnsent(question)) await actions.close();
  }

  return (
    <Section id="workspace" title={t('workspace.title')}>
      <div className="field">
        {workspace.kind === 'demo' && (
          <button type="button" className="button button-secondary" onClick={handleReset}>
            {t('workspace.resetDemo')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={handleClose}>
          {workspace.kind === 'server' ? t('workspace.signOut') : t('workspace.leave')}
        </button>
      </div>
    </Section>
  );
}
