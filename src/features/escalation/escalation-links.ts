/**
 * The app's hrefs the escalation screens link to. The router passes them in, since features never
 * import app/paths.ts (STYLE.md §1).
 */
export interface EscalationLinks {
  escalate: () => string;
  escalation: (escalationId: string) => string;
  record: () => string;
  roster: () => string;
  kpis: () => string;
  payLine: (statementId: string, lineId: string) => string;
}
