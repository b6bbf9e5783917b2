/**
 * One day of an agent's performance figures as the employer's systems record them. Durations
 * are whole seconds and counts are whole numbers, so every rate can be derived exactly.
 */
export interface KpiDaily {
  id: string;
  agentId: string;
  /** `YYYY-MM-DD`. */
  day: string;
  contactsOffered: number;
  contactsHandled: number;
  talkSeconds: number;
  afterCallWorkSeconds: number;
  answerWaitSeconds: number;
  scheduledSeconds: number;
  adheredSeconds: number;
  loggedInSeconds: number;
  productiveSeconds: number;
  auxSeconds: number;
  resolvedFirstContact: number;
  fatalErrors: number;
  nonFatalErrors: number;
  monitoredCalls: number;
  satisfactionResponses: number;
  satisfiedResponses: number;
  validComplaints: number;
  escalations: number;
  /** Outbound (schema 5): calls dialled, calls that reached the customer, sales closed. */
  dials: number;
  connects: number;
  conversions: number;
  /** Chat (schema 5): sessions served, seconds of all sessions summed (concurrency = this / logged-in time), seconds to first reply summed. */
  chatSessions: number;
  chatSessionSeconds: number;
  firstReplySeconds: number;
}

/** The figures a daily record carries (every field but its identity and day). */
export type KpiFigure = keyof Omit<KpiDaily, 'id' | 'agentId' | 'day'>;

/** Every figure a daily record carries, in the record's order. */
export const KPI_FIGURES = [
  'contactsOffered',
  'contactsHandled',
  'talkSeconds',
  'afterCallWorkSeconds',
  'answerWaitSeconds',
  'scheduledSeconds',
  'adheredSeconds',
  'loggedInSeconds',
  'productiveSeconds',
  'auxSeconds',
  'resolvedFirstContact',
  'fatalErrors',
  'nonFatalErrors',
  'monitoredCalls',
  'satisfactionResponses',
  'satisfiedResponses',
  'validComplaints',
  'escalations',
  'dials',
  'connects',
  'conversions',
  'chatSessions',
  'chatSessionSeconds',
  'firstReplySeconds',
] as const satisfies readonly KpiFigure[];
