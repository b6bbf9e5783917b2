/**
 * The latest item per key: the one with the greatest stamp (an ISO date or instant, compared as
 * text). On a tie the later item in `items` wins, as a record sent again replaces the earlier one.
 */
export function latestPerKey<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  stampOf: (item: T) => string,
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    const known = latest.get(key);
    if (!known || stampOf(item) >= stampOf(known)) latest.set(key, item);
  }
  return latest;
}
