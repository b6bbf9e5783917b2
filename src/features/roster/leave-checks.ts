/**
 * Why a leave request cannot be sent yet: no day chosen, a day already past (in the project's
 * zone), or a day already in a request still pending or approved. Codes; the form words them.
 */
export type LeaveProblem =
  | { code: 'leave/no-days' }
  | { code: 'leave/past-day'; day: string }
  | { code: 'leave/already-requested'; day: string };

export function checkLeaveDays(
  days: readonly string[],
  today: string,
  requestedDays: ReadonlySet<string>,
): LeaveProblem[] {
  if (days.length === 0) return [{ code: 'leave/no-days' }];
  const problems: LeaveProblem[] = [];
  for (const day of [...days].sort()) {
    if (day < today) problems.push({ code: 'leave/past-day', day });
    else if (requestedDays.has(day)) problems.push({ code: 'leave/already-requested', day });
  }
  return problems;
}
