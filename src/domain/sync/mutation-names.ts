/** Every mutation an agent can queue; the server maps each name to a handler (SYNC.md §3.4). */
export const MUTATION_NAMES = [
  'escalation.create',
  'escalationNote.create',
  'clockRecord.create',
  'leave.request',
  'leave.cancel',
  'swap.request',
  'swap.cancel',
  'examAttempt.submit',
  'readinessReport.create',
  'shiftChange.acknowledge',
  'kpiTally.record',
  'kpiGoal.set',
  'kpiGoal.remove',
  'lesson.complete',
] as const;

export type MutationName = (typeof MUTATION_NAMES)[number];
