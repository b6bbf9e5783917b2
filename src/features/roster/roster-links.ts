/** The hrefs the roster screens link to (features never import app/paths.ts). */
export interface RosterLinks {
  roster: () => string;
  /** The roster in a view around a day: `view` is `week` or `month`. */
  rosterView: (view: RosterView, day: string) => string;
  leave: () => string;
  swaps: () => string;
  /** The change log (issue #6, item 3). */
  changes: () => string;
}

export type RosterView = 'week' | 'month';
