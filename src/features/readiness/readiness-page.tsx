import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReadinessInputError, type ChecklistAnswerInput } from '@/data/readiness-repository';
import { useRepositories } from '@/data/workspace-context';
import { judgeReadiness } from '@/domain/equipment/readiness-verdict';
import { MAX_ATTACHMENT_BYTES } from '@/domain/escalation/escalation';
import { formatBytes } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';
import { Page, Section } from '@/ui/page';
import { AutomaticChecks } from './automatic-checks';
import { ChecklistSection, type ChecklistEntry, type ChecklistState } from './checklist-section';
import { probeTargetFor } from './checks/probe-target';
import { CheckResults } from './check-results';
import type { ReadinessLinks } from './readiness-links';
import { ShiftLine } from './shift-line';
import { useReadinessContext, type ReadinessContext } from './use-readiness-context';
import { useReadinessRun } from './use-readiness-run';
import { VerdictView } from './verdict-view';
import './readiness.css';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; reportId: string }
  | { kind: 'error'; code: ReadinessInputError['code'] | 'unknown' };

function answersOf(state: ChecklistState): ChecklistAnswerInput[] {
  return Object.entries(state).flatMap(([itemId, entry]) =>
    entry.answer === null
      ? []
      : [
          {
            itemId,
            isConfirmed: entry.answer,
            photo: entry.photo ? { blob: entry.photo, name: entry.photo.name } : null,
          },
        ],
  );
}

/**
 * Equipment readiness before a remote shift (issue #9): the policy's checklist, the automatic
 * checks with their figures, the verdict with its reasons, and saving the report, which is on the
 * device (and queued for the employer) before the screen says so.
 */
export function ReadinessPage({ links }: { links: ReadinessLinks }) {
  const { t } = useTranslation('readiness');
  const context = useReadinessContext();
  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      {context ? <ReadinessForm context={context} links={links} /> : <p>{t('loading')}</p>}
      <Link className="button button-secondary button-block" to={links.history()}>
        {t('history.link')}
      </Link>
    </Page>
  );
}

function ReadinessForm({ context, links }: { context: ReadinessContext; links: ReadinessLinks }) {
  const { t, i18n } = useTranslation('readiness');
  const repositories = useRepositories();
  const clock = useClock();
  const target = useMemo(
    () => probeTargetFor(context.serverUrl, window.location.origin),
    [context.serverUrl],
  );
  const { run, start, playTone, answerTone } = useReadinessRun(target);
  const [checklist, setChecklist] = useState<ChecklistState>({});
  const [fileInputKey, setFileInputKey] = useState(0);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const { readiness, prompt } = context;

  const answers = useMemo(() => answersOf(checklist), [checklist]);
  const verdict = useMemo(
    () => judgeReadiness(readiness, run.measurements, answers),
    [readiness, run.measurements, answers],
  );

  function handleChecklist(itemId: string, entry: ChecklistEntry) {
    setChecklist((current) => ({ ...current, [itemId]: entry }));
    setSave({ kind: 'idle' });
  }

  function handleStart() {
    setSave({ kind: 'idle' });
    void start();
  }

  async function handleSave() {
    if (!context.agent) return;
    setSave({ kind: 'saving' });
    try {
      const { report } = await repositories.readiness.save(
        {
          agentId: context.agent.id,
          shiftId: prompt?.shift.id ?? null,
          policy: context.policy,
          measurements: run.measurements,
          answers,
        },
        clock(),
      );
      setChecklist({});
      setFileInputKey((key) => key + 1);
      setSave({ kind: 'saved', reportId: report.id });
    } catch (error) {
      setSave({
        kind: 'error',
        code: error instanceof ReadinessInputError ? error.code : 'unknown',
      });
    }
  }

  const isChecked = run.phase === 'finished';
  return (
    <>
      <ShiftLine prompt={prompt} />
      <ChecklistSection
        items={readiness.checklist}
        state={checklist}
        onChange={handleChecklist}
        fileInputKey={fileInputKey}
      />
      <AutomaticChecks
        run={run}
        onStart={handleStart}
        onPlayTone={() => void playTone()}
        onAnswerTone={answerTone}
      />
      <Section id="readiness-result" title={t('verdict.title')}>
        {isChecked ? (
          <>
            <VerdictView verdict={verdict} checklist={readiness.checklist} />
            <CheckResults checks={verdict.checks} />
          </>
        ) : (
          <p>{t('checks.notRun')}</p>
        )}
        <button
          type="button"
          className="button button-block"
          disabled={!isChecked || !context.agent || save.kind === 'saving'}
          onClick={() => void handleSave()}
        >
          {save.kind === 'saving' ? t('save.saving') : t('save.button')}
        </button>
        <p role="status">{save.kind === 'saved' && t('save.saved')}</p>
        {save.kind === 'saved' && <Link to={links.report(save.reportId)}>{t('save.open')}</Link>}
        {save.kind === 'error' && (
          <p className="form-error" role="alert">
            {t(`save.error.${save.code}`, {
              size: formatBytes(MAX_ATTACHMENT_BYTES, i18n.language),
            })}
          </p>
        )}
      </Section>
    </>
  );
}
