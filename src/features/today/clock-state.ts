/** Where the agent's own clock record stands; apart from the panel so Today loads it first. */
import type { ClockRecord } from '@/domain/roster/shift';

type ClockKind = ClockRecord['kind'];
export type ClockState = 'notStarted' | 'working' | 'onBreak' | 'finished';

const STATE_AFTER: Record<ClockKind, ClockState> = {
  'work-start': 'working',
  'break-end': 'working',
  'break-start': 'onBreak',
  'work-end': 'finished',
};

/** Where the agent's own record stands: the kind and time of its newest entry. */
export function clockStateOf(records: readonly ClockRecord[]): {
  state: ClockState;
  since: string | null;
} {
  const last = [...records].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
  return last
    ? { state: STATE_AFTER[last.kind], since: last.at }
    : { state: 'notStarted', since: null };
}
