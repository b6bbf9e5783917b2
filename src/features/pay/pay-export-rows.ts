/**
 * What the pay evidence export holds, as rows of text in the active language: the statements
 * with both nets, every line with its check (flagged differences explained), and the agent's own
 * records behind each line. The printable page and the CSV are two views of these rows.
 */
import type { TFunction } from 'i18next';
import type { StoredPayRecords } from '@/data/pay-records';
import type { Fen } from '@/domain/money';
import type { Reconciliation } from '@/domain/pay/reconcile-statement';
import { fenToDecimalString, formatDay, formatMonth } from '@/i18n/format';
import { describeEvidence } from './describe-evidence';
import { describeCheck, lineName } from './describe-reconciliation';
import { recordInputFor } from './use-pay-overview';

export interface ExportStatementRow {
  month: string;
  issuedNet: Fen;
  expectedNet: Fen | null;
  difference: Fen | null;
  payDay: string;
  policyVersion: number;
  check: string;
}

export interface ExportLineRow {
  month: string;
  line: string;
  issued: Fen | null;
  expected: Fen | null;
  difference: Fen | null;
  check: string;
  explanation: string;
  isFlagged: boolean;
}

export interface ExportRecordRow {
  month: string;
  line: string;
  record: string;
}

export interface PayExport {
  statements: ExportStatementRow[];
  lines: ExportLineRow[];
  records: ExportRecordRow[];
}

function scoreOf(records: StoredPayRecords, period: string): number | null {
  try {
    return recordInputFor(records, period)?.fromRecords.input.assessmentScore ?? null;
  } catch {
    return null;
  }
}

/** The line's name and, as evidence, the employer's own wording of it. */
function withDescription(name: string, description: string): string {
  return description ? `${name} · ${description}` : name;
}

export function buildPayExport(
  records: StoredPayRecords,
  reconciliations: ReadonlyMap<string, Reconciliation>,
  t: TFunction<'pay'>,
  language: string,
): PayExport {
  const result: PayExport = { statements: [], lines: [], records: [] };
  for (const { statement, lines } of records.statements) {
    const month = formatMonth(statement.period, language);
    const reconciliation = reconciliations.get(statement.id);
    const totals = reconciliation?.totals;
    result.statements.push({
      month,
      issuedNet: statement.net,
      // With a line unchecked, the nets' difference would count it as owed: leave it out.
      expectedNet: totals && totals.unverifiableCount === 0 ? totals.expectedNet : null,
      difference: totals && totals.unverifiableCount === 0 ? totals.difference : null,
      payDay: formatDay(statement.payDay, language),
      policyVersion: statement.policyVersion,
      check: !totals
        ? t('badge.noRecords')
        : totals.flaggedCount === 0
          ? t('badge.matches')
          : [
              totals.differsCount > 0 && t('badge.differs', { count: totals.differsCount }),
              totals.unverifiableCount > 0 &&
                t('badge.unverifiable', { count: totals.unverifiableCount }),
            ]
              .filter(Boolean)
              .join('; '),
    });
    const score = scoreOf(records, statement.period);
    const entries = reconciliation?.entries ?? [];
    if (entries.length === 0) {
      for (const line of lines) {
        result.lines.push({
          month,
          line: withDescription(lineName(line.kind, t), line.description),
          issued: Number.isSafeInteger(line.amount) ? line.amount : null,
          expected: null,
          difference: null,
          check: t('check.unverifiable'),
          explanation: t('badge.noRecords'),
          isFlagged: true,
        });
      }
    }
    for (const entry of entries) {
      const name = withDescription(
        lineName(entry.issued?.kind ?? entry.expected?.kind ?? 'unknown', t),
        entry.issued?.description ?? '',
      );
      const { headline, explanation } = describeCheck(entry, t, language);
      result.lines.push({
        month,
        line: name,
        issued: entry.issued?.amount ?? null,
        expected: entry.expected?.amount ?? null,
        // Only a line checked and found different has a difference; an unchecked one has none.
        difference: entry.check.status === 'differs' ? entry.difference : null,
        check: headline,
        explanation: explanation ?? '',
        isFlagged: entry.check.status !== 'matches',
      });
      for (const record of describeEvidence(entry.evidence, score, t, language)) {
        result.records.push({ month, line: name, record });
      }
    }
  }
  return result;
}

const amountText = (amount: Fen | null) => (amount === null ? '' : fenToDecimalString(amount));

/** One table for a spreadsheet: a section column, then the figures as plain decimals in CNY. */
export function payExportCsvRows(data: PayExport, t: TFunction<'pay'>): string[][] {
  const rows: string[][] = [
    [
      t('export.column.section'),
      t('export.column.month'),
      t('export.column.line'),
      t('export.column.issued'),
      t('export.column.expected'),
      t('export.column.difference'),
      t('export.column.status'),
      t('export.column.explanation'),
    ],
  ];
  for (const row of data.statements) {
    rows.push([
      t('export.section.statement'),
      row.month,
      t('net'),
      amountText(row.issuedNet),
      amountText(row.expectedNet),
      amountText(row.difference),
      row.check,
      t('export.statementNote', { payDay: row.payDay, version: row.policyVersion }),
    ]);
  }
  for (const row of data.lines) {
    rows.push([
      t('export.section.line'),
      row.month,
      row.line,
      amountText(row.issued),
      amountText(row.expected),
      amountText(row.difference),
      row.check,
      row.explanation,
    ]);
  }
  for (const row of data.records) {
    rows.push([t('export.section.record'), row.month, row.line, '', '', '', '', row.record]);
  }
  return rows;
}
