import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { measureAdherence, type AdherenceIssue } from '@/domain/roster/adherence';
import type { ClockRecord, Shift } from '@/domain/roster/shift';
import { formatDurationMinutes, formatPercent, formatTime } from '@/i18n/format';
import { Section } from '@/ui/page';

type IssueCode = AdherenceIssue['code'];

/** One sentence per adherence code: a new code fails the typecheck until it has its words. */
const ISSUE_TEXT: {
  [Code in IssueCode]: (
    issue: Extract<AdherenceIssue, { code: Code }>,
    t: TFunction<'clock'>,
    duration: (minutes: number) => string,
    time: (instant: string) => string,
  ) => string;
} = {
  'adherence/no-records': (_issue, t) => t('adherence.issue.noRecords'),
  'adherence/missing-record': (issue, t, _duration, time) =>
    t('adherence.issue.missingRecord', {
      kind: t(`clock.kind.${issue.kind}`),
      time: time(issue.at),
    }),
  'adherence/late-start': (issue, t, duration) =>
    t('adherence.issue.lateStart', {
      number: issue.segmentIndex + 1,
      duration: duration(issue.minutes),
    }),
  'adherence/early-end': (issue, t, duration) =>
    t('adherence.issue.earlyEnd', {
      number: issue.segmentIndex + 1,
      duration: duration(issue.minutes),
    }),
  'adherence/segment-not-worked': (issue, t, duration) =>
    t('adherence.issue.segmentNotWorked', {
      number: issue.segmentIndex + 1,
      duration: duration(issue.minutes),
    }),
  'adherence/break-over-schedule': (issue, t, duration) =>
    t('adherence.issue.breakOverSchedule', {
      taken: duration(issue.takenMinutes),
      scheduled: duration(issue.scheduledMinutes),
      over: duration(issue.overMinutes),
    }),
};

function describeIssue(
  issue: AdherenceIssue,
  t: TFunction<'clock'>,
  duration: (minutes: number) => string,
  time: (instant: string) => string,
): string {
  const describe = ISSUE_TEXT[issue.code] as (
    issue: AdherenceIssue,
    ...rest: [TFunction<'clock'>, (minutes: number) => string, (instant: string) => string]
  ) => string;
  return describe(issue, t, duration, time);
}

/** Today's schedule adherence from the schedule and the agent's own clock records. */
/** What a day's adherence is measured from; the card loads after the first screen. */
export interface AdherenceInput {
  /** The working day under way, `YYYY-MM-DD`. */
  day: string;
  shifts: Shift[];
  clockRecords: ClockRecord[];
  now: string;
}

export function AdherenceCard({ input, timeZone }: { input: AdherenceInput; timeZone: string }) {
  const adherence = useMemo(
    () => measureAdherence(input.day, input.shifts, input.clockRecords, input.now),
    [input],
  );
  // Its strings load with the card, after the first screen; until then it shows nothing.
  const { t, i18n, ready } = useTranslation('clock');
  const language = i18n.language;
  const duration = (minutes: number) => formatDurationMinutes(minutes, language);
  const time = (instant: string) => formatTime(instant, language, timeZone);
  if (!ready) return null;
  return (
    <Section id="adherence" title={t('adherence.title')}>
      {adherence.ratio === null ? (
        <p>{t('adherence.none')}</p>
      ) : (
        <>
          <dl className="stat-grid">
            <div>
              <dt>{t('adherence.rate')}</dt>
              <dd>{formatPercent(adherence.ratio, language)}</dd>
            </div>
            <div>
              <dt>{t('adherence.scheduled')}</dt>
              <dd>{duration(adherence.scheduledMinutes)}</dd>
            </div>
            <div>
              <dt>{t('adherence.adherent')}</dt>
              <dd>{duration(adherence.adherentMinutes)}</dd>
            </div>
          </dl>
          {adherence.issues.length > 0 && (
            <ul className="adherence-issues">
              {adherence.issues.map((issue, index) => (
                <li key={index}>{describeIssue(issue, t, duration, time)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}
