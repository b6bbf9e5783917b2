/**
 * Words for the readiness checks: an item's name, its measured figure in its unit, the limit it was
 * judged against, why it could not be checked, and one sentence per reason of the verdict.
 */
import type { TFunction } from 'i18next';
import {
  isReadinessCheckItem,
  unitOf,
  type ReadinessCheckItem,
} from '@/domain/equipment/readiness-items';
import type { CheckDetail, LimitKind, ReadinessReason } from '@/domain/equipment/readiness-verdict';
import { pickText } from '@/domain/localized-text';
import type { ReadinessChecklistItem } from '@/domain/policy/project-policy';
import { formatNumber, formatPercent } from '@/i18n/format';

type T = TFunction<'readiness'>;

/** The item's name; an item from a newer version is shown by its id. */
export function checkName(item: string, t: T): string {
  return isReadinessCheckItem(item) ? t(`checks.item.${item}`) : item;
}

/** `measured` in the item's unit (flags as yes/no); `null` when there is no figure. */
export function checkFigure(item: string, measured: number | null, t: T, language: string) {
  if (measured === null) return null;
  if (!isReadinessCheckItem(item)) return formatNumber(measured, language, 2);
  const unit = unitOf(item);
  switch (unit) {
    case 'flag':
      return measured === 1 ? t('checks.figure.yes') : t('checks.figure.no');
    case 'percent':
      return formatPercent(measured / 100, language, 1);
    case 'ms':
    case 'kbps':
    case 'px':
      return t(`checks.figure.${unit}`, { value: formatNumber(measured, language, 0) });
    case 'dbfs':
      return t('checks.figure.dbfs', { value: formatNumber(measured, language, 1) });
  }
}

/** "at most 400 ms", "at least 100 kbit/s"; `null` without a limit. */
export function checkLimit(
  item: ReadinessCheckItem,
  limit: number | null,
  limitKind: LimitKind | null,
  t: T,
  language: string,
): string | null {
  if (limit === null || limitKind === null) return null;
  const value = checkFigure(item, limit, t, language) ?? '';
  return t(`checks.limit.${limitKind}`, { value });
}

export function detailText(detail: CheckDetail, t: T): string {
  return t(`checks.detail.${detail}`);
}

/** The checklist item's label in the active language; its id when the policy no longer has it. */
export function checklistLabel(
  checklist: readonly ReadinessChecklistItem[],
  itemId: string,
  language: string,
): string {
  const item = checklist.find((candidate) => candidate.id === itemId);
  return item ? pickText(item.label, language) : itemId;
}

/** One sentence for a reason of the verdict (or a note). */
export function reasonText(
  reason: ReadinessReason,
  checklist: readonly ReadinessChecklistItem[],
  t: T,
  language: string,
): string {
  switch (reason.kind) {
    case 'check-failed': {
      const item = checkName(reason.item, t);
      const measured = checkFigure(reason.item, reason.measured, t, language) ?? '';
      const limit = checkLimit(reason.item, reason.limit, reason.limitKind, t, language);
      const sentence = limit
        ? t('verdict.reason.failed', { item, measured, limit })
        : t('verdict.reason.failedNoLimit', { item, measured });
      return reason.detail ? `${sentence} ${detailText(reason.detail, t)}` : sentence;
    }
    case 'cannot-check':
      return t('verdict.reason.cannotCheck', {
        item: checkName(reason.item, t),
        detail: detailText(reason.detail, t),
      });
    case 'checklist-unconfirmed':
      return t('verdict.reason.unconfirmed', {
        item: checklistLabel(checklist, reason.itemId, language),
      });
    case 'checklist-unanswered':
      return t('verdict.reason.unanswered', {
        item: checklistLabel(checklist, reason.itemId, language),
      });
  }
}
