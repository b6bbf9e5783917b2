import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { formatDate, formatTime } from '@/i18n/format';
import { Page, Section } from '@/ui/page';
import { CheckResults } from './check-results';
import { checkName, checklistLabel } from './describe-check';
import type { ReadinessLinks } from './readiness-links';
import { ReportPhoto } from './report-photo';
import { toCsv } from '@/ui/csv';
import { reportCsvRows } from './report-rows';
import { useReadinessContext } from './use-readiness-context';
import { useReport } from './use-readiness-reports';
import './readiness.css';

/** Long enough for the browser to have started reading the download before the URL goes. */
const DOWNLOAD_URL_LIFETIME_MS = 10_000;

/**
 * One readiness report as evidence for a dispute or an escalation: when it was made, for which
 * shift, the verdict, the checklist as answered (with its photos) and every check's figure;
 * printable, downloadable as a spreadsheet, and one tap from raising an escalation.
 */
export function ReadinessReportPage({ links }: { links: ReadinessLinks }) {
  const { t, i18n } = useTranslation('readiness');
  const { t: tc } = useTranslation('common');
  const language = i18n.language;
  const { reportId = '' } = useParams();
  const { pathname } = useLocation();
  const repositories = useRepositories();
  const view = useReport(reportId);
  const context = useReadinessContext();
  const loadPhoto = useCallback(
    (sha256: string) => repositories.readiness.attachmentBlob(sha256),
    [repositories],
  );

  if (view === null) {
    return (
      <Page title={t('report.title')}>
        <Link className="back-link" to={links.history()}>
          {t('report.back')}
        </Link>
        <p>{t('report.notFound')}</p>
      </Page>
    );
  }
  if (!view || !context) {
    return (
      <Page title={t('report.title')}>
        <p>{t('loading')}</p>
      </Page>
    );
  }

  const { report, shift } = view;
  const checklist = context.readiness.checklist;
  const zone = shift?.timeZone ?? context.timeZone;
  const date = formatDate(report.createdAt, language, zone);
  const time = formatTime(report.createdAt, language, zone);
  const verdictWord = report.isReady ? t('verdict.ready') : t('verdict.notReady');
  const problems = [
    ...report.checks
      .filter((check) => check.outcome !== 'pass')
      .map((check) => `${checkName(check.item, t)}: ${t(`checks.outcome.${check.outcome}`)}`),
    ...report.checklist
      .filter((answer) => !answer.isConfirmed)
      .map((answer) =>
        t('verdict.reason.unconfirmed', {
          item: checklistLabel(checklist, answer.itemId, language),
        }),
      ),
  ];
  const escalationText = [
    t('report.escalateText', { date, time, verdict: verdictWord }),
    ...problems,
  ].join('\n');

  function handleDownload() {
    const rows = reportCsvRows(report, checklist, `${date} ${time}`, t, language);
    const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = t('report.fileName', { date: report.createdAt.slice(0, 10) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  }

  return (
    <Page title={t('report.title')}>
      <Link className="back-link no-print" to={links.history()}>
        {t('report.back')}
      </Link>
      <p>{t('report.intro')}</p>
      {context.agent && (
        <p>
          {t('report.agent', {
            name: context.agent.displayName,
            number: context.agent.employeeNumber,
          })}
        </p>
      )}
      <p>{t('report.made', { date, time, zone })}</p>
      {shift && (
        <p>
          {t('shift.for', {
            date: formatDate(shift.start, language, zone),
            start: formatTime(shift.start, language, zone),
            end: formatTime(shift.end, language, zone),
          })}
        </p>
      )}
      <p className="muted">
        {report.policyVersion === null
          ? t('report.defaultPolicy')
          : t('report.policyVersion', { version: report.policyVersion })}{' '}
        {tc(`syncState.${report.syncState}`)}
      </p>
      <div className="record-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <button type="button" className="button button-secondary" onClick={handleDownload}>
          {t('report.csv')}
        </button>
        <Link
          className="button button-secondary"
          to={links.escalate()}
          state={{ from: pathname, category: 'other', description: escalationText }}
        >
          {t('report.escalate')}
        </Link>
      </div>
      <Section id="readiness-report-verdict" title={t('verdict.title')}>
        <div
          className={
            report.isReady ? 'readiness-verdict' : 'readiness-verdict readiness-verdict-not'
          }
        >
          <p className="readiness-verdict-word">
            <strong>{verdictWord}</strong>
          </p>
          {problems.length > 0 && (
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      </Section>
      <Section id="readiness-report-checklist" title={t('report.checklistTitle')}>
        <ul className="list">
          {report.checklist.map((answer) => {
            const label = checklistLabel(checklist, answer.itemId, language);
            return (
              <li key={answer.itemId}>
                <span className="row">
                  <span>{label}</span>
                  <span className={answer.isConfirmed ? 'badge badge-ok' : 'badge badge-danger'}>
                    {answer.isConfirmed ? t('report.confirmed') : t('report.notConfirmed')}
                  </span>
                </span>
                {answer.photo && (
                  <ReportPhoto photo={answer.photo} label={label} loadPhoto={loadPhoto} />
                )}
              </li>
            );
          })}
        </ul>
      </Section>
      <Section id="readiness-report-checks" title={t('report.checksTitle')}>
        <CheckResults checks={report.checks} />
      </Section>
    </Page>
  );
}
