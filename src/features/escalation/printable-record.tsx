import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EscalationRecordExport } from '@/data/escalation-repository';
import type { LogProblem } from '@/domain/escalation/escalation-log';
import { formatNumber } from '@/i18n/format';
import { formatInstant } from './format-instant';
import { TableScroll } from '@/ui/table-scroll';

/** What the record shows, as the repository's `exportRecord` gives it. */
export type EscalationRecordView = Pick<
  EscalationRecordExport,
  'generatedAt' | 'agentId' | 'entries' | 'escalations' | 'verification'
>;

const SHORT_HASH_LENGTH = 12;

/**
 * The agent's escalation log as a printable record: every entry with its time, kind and hash, and
 * the verification of the hash chain in words, so whoever reads it sees whether anything was
 * removed or altered on the device.
 */
export function PrintableRecord({
  record,
  timeZone,
  onPrint,
  onDownload,
}: {
  record: EscalationRecordView;
  timeZone: string;
  onPrint: () => void;
  onDownload: () => void;
}) {
  const { t, i18n } = useTranslation('escalation');
  const language = i18n.language;
  const escalationById = new Map(
    record.escalations.map((escalation) => [escalation.id, escalation]),
  );
  const { verification } = record;
  return (
    <>
      <div className="card">
        <p>{t('record.intro')}</p>
        <dl className="record-meta">
          <dt>{t('record.generatedAt')}</dt>
          <dd>{formatInstant(record.generatedAt, language, timeZone)}</dd>
          {record.agentId && (
            <>
              <dt>{t('record.agent')}</dt>
              <dd>
                <code>{record.agentId}</code>
              </dd>
            </>
          )}
        </dl>
        <div className="record-actions no-print">
          <button type="button" className="button" onClick={onPrint}>
            {t('record.print')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDownload}>
            {t('record.download')}
          </button>
        </div>
      </div>
      <section
        className={
          verification.ok ? 'verification verification-ok' : 'verification verification-bad'
        }
        aria-labelledby="verification-heading"
      >
        <h2 id="verification-heading">{t('record.verification')}</h2>
        <p>
          <strong>{verification.ok ? t('record.intact') : t('record.problems')}</strong>
        </p>
        {!verification.ok && (
          <ul>
            {verification.problems.map((problem, index) => (
              <li key={index}>{describeProblem(problem, t)}</li>
            ))}
          </ul>
        )}
        {verification.loggedElsewhere.length > 0 && (
          <p>
            {t('record.loggedElsewhere', {
              value: formatNumber(verification.loggedElsewhere.length, language),
            })}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="entries-heading">
        <h2 id="entries-heading">{t('record.entries')}</h2>
        {record.entries.length === 0 ? (
          <p>{t('record.none')}</p>
        ) : (
          <TableScroll labelledBy="entries-heading">
            <table className="record-table">
              <thead>
                <tr>
                  <th scope="col">{t('record.column.seq')}</th>
                  <th scope="col">{t('record.column.time')}</th>
                  <th scope="col">{t('record.column.kind')}</th>
                  <th scope="col">{t('record.column.hash')}</th>
                </tr>
              </thead>
              <tbody>
                {[...record.entries]
                  .sort((a, b) => a.seq - b.seq)
                  .map((entry) => {
                    const escalation = escalationById.get(entry.recordId);
                    return (
                      <tr key={`${entry.seq}-${entry.hash}`}>
                        <td>{entry.seq}</td>
                        <td>{formatInstant(entry.at, language, timeZone)}</td>
                        <td>
                          {t(`record.kind.${entry.kind}`)}
                          {entry.kind === 'escalation' && escalation && (
                            <span className="muted record-category">
                              {t(`category.${escalation.category}`)}
                            </span>
                          )}
                        </td>
                        <td>
                          <code className="hash-short">
                            {entry.hash.slice(0, SHORT_HASH_LENGTH)}
                          </code>
                          <code className="hash-full">{entry.hash}</code>
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}

/** Each problem code in words; the codes come from verifyLog (escalation-log.ts). */
function describeProblem(problem: LogProblem, t: TFunction<'escalation'>): string {
  switch (problem.code) {
    case 'log/entries-removed':
      return problem.fromSeq === problem.toSeq
        ? t('record.problem.entryRemoved', { seq: problem.fromSeq })
        : t('record.problem.entriesRemoved', { fromSeq: problem.fromSeq, toSeq: problem.toSeq });
    case 'log/chain-broken':
      return t('record.problem.chainBroken', { seq: problem.seq });
    case 'log/seq-repeated':
      return t('record.problem.seqRepeated', { seq: problem.seq });
    case 'log/entry-altered':
      return t('record.problem.entryAltered', { seq: problem.seq });
    case 'log/record-altered':
      return t('record.problem.recordAltered', { seq: problem.seq });
    case 'log/link-mismatch':
      return t('record.problem.linkMismatch', { seq: problem.seq });
    case 'log/record-without-entry':
      return t('record.problem.recordWithoutEntry', { recordId: problem.recordId });
    case 'log/entry-without-record':
      return t('record.problem.entryWithoutRecord', { seq: problem.seq });
  }
}
