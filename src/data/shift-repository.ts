import type { Shift } from '@/domain/roster/shift';
import type { WorkbenchDb } from './db';

export function createShiftRepository(db: WorkbenchDb) {
  return {
    /** Shifts starting in [from, to), ordered by start. Instants are ISO UTC strings. */
    listStartingBetween(from: string, to: string): Promise<Shift[]> {
      return db.shifts.where('start').between(from, to, true, false).toArray();
    },

    /** The shift under way at `now`, or else the next one to start, ignoring cancelled shifts. */
    async findCurrentOrNext(now: Date): Promise<Shift | undefined> {
      const instant = now.toISOString();
      // A shift can last at most a day, so one that is still running started in the last 24 h.
      const dayBefore = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
      const candidates = await db.shifts.where('start').aboveOrEqual(dayBefore).limit(50).toArray();
      return candidates.find((shift) => shift.status !== 'cancelled' && shift.end > instant);
    },
  };
}

export type ShiftRepository = ReturnType<typeof createShiftRepository>;
