import { useTranslation } from 'react-i18next';
import type { Shift } from '@/domain/roster/shift';
import type { ShiftChange } from '@/domain/roster/shift-change';
import { diffShift, type ShiftChangeField } from '@/domain/roster/shift-diff';
import { formatDate, formatTime } from '@/i18n/format';
import './shift-change-table.css';

type Row = 'date' | 'time' | 'breaks' | 'status' | 'queue' | 'workMode';

/** The rows that show each changed field; a new or removed shift shows all of them. */
const ROWS_OF_FIELD: Record<ShiftChangeField, Row[]> = {
  start: ['date', 'time'],
  end: ['time'],
  segments: ['time'],
  breaks: ['breaks'],
  status: ['status'],
  cancelled: ['status'],
  queue: ['queue'],
  workMode: ['workMode'],
  new: ['date', 'time', 'breaks', 'queue', 'workMode', 'status'],
  removed: ['date', 'time', 'breaks', 'queue', 'workMode', 'status'],
};
const ROW_ORDER: Row[] = ['date', 'time', 'breaks', 'status', 'queue', 'workMode'];

/** How a change is named in its heading. */
export function changeKindOf(change: ShiftChange): 'added' | 'removed' | 'cancelled' | 'changed' {
  if (!change.current) return 'removed';
  if (!change.previous) return 'added';
  if (change.current.status === 'cancelled' && change.previous.status !== 'cancelled')
    return 'cancelled';
  return 'changed';
}

/**
 * A shift's old and new versions side by side, one row per thing that changed: on Today's change
 * notices and in the change log (strings in the `today` namespace, which both load).
 */
export function ShiftChangeTable({ change }: { change: ShiftChange }) {
  const { t, i18n } = useTranslation('today');
  const language = i18n.language;
  const fields = diffShift(change.previous, change.current);
  const shown = new Set(fields.flatMap((field) => ROWS_OF_FIELD[field.field]));
  // A date moved: the time is what the agent plans around, so show it with the date.
  if (shown.has('date')) shown.add('time');
  const rows = ROW_ORDER.filter((row) => shown.has(row));

  /** A cell's lines: a split shift's segments and a day's breaks each on a line of their own. */
  const cell = (shift: Shift | null, row: Row): string[] => {
    if (!shift) return [t('changes.noShift')];
    const zone = shift.timeZone;
    const span = (start: string, end: string) =>
      t('nextShift.time', {
        start: formatTime(start, language, zone),
        end: formatTime(end, language, zone),
      });
    switch (row) {
      case 'date':
        return [formatDate(shift.start, language, zone)];
      case 'time':
        return [...shift.segments]
          .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
          .map((segment) => span(segment.start, segment.end));
      case 'breaks':
        return shift.breaks.length === 0
          ? [t('changes.noBreaks')]
          : [...shift.breaks]
              .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
              .map((entry) =>
                t('changes.breakItem', {
                  kind: t(`timeline.${entry.kind}`),
                  start: formatTime(entry.start, language, zone),
                  end: formatTime(entry.end, language, zone),
                }),
              );
      case 'status':
        return [t(`nextShift.status.${shift.status}`)];
      case 'queue':
        return [shift.queue];
      case 'workMode':
        return [shift.workMode === 'remote' ? t('nextShift.remote') : t('nextShift.onsite')];
    }
  };

  return (
    <table className="shift-change-table">
      <thead>
        <tr>
          <th scope="col">{t('changes.field')}</th>
          <th scope="col">{t('changes.before')}</th>
          <th scope="col">{t('changes.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <th scope="row">{t(`changes.rows.${row}`)}</th>
            <CellLines lines={cell(change.previous, row)} />
            <CellLines lines={cell(change.current, row)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellLines({ lines }: { lines: string[] }) {
  return (
    <td>
      {lines.map((line, index) => (
        <span key={index} className="shift-change-line">
          {line}
        </span>
      ))}
    </td>
  );
}
