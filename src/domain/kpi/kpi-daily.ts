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
}
