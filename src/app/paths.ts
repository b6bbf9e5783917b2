/** Route paths and href builders: the only place a URL of the app is spelled out. */
export const paths = {
  today: () => '/',
  welcome: () => '/welcome',
  roster: () => '/roster',
  rosterChanges: () => '/roster/changes',
  rosterView: (view: 'week' | 'month', day: string) =>
    `/roster?${new URLSearchParams({ view, day }).toString()}`,
  rosterLeave: () => '/roster/leave',
  rosterSwaps: () => '/roster/swaps',
  training: () => '/training',
  kpis: () => '/kpis',
  pay: () => '/pay',
  payStatement: (statementId: string) => `/pay/${encodeURIComponent(statementId)}`,
  payStatementRoute: () => '/pay/:statementId',
  payExport: () => '/pay/export',
  me: () => '/me',
  escalate: () => '/escalate',
  escalation: (escalationId: string) => `/escalate/${encodeURIComponent(escalationId)}`,
  escalationRoute: () => '/escalate/:escalationId',
  escalationRecord: () => '/escalate/record',
  payLine: (statementId: string, lineId: string) =>
    `/pay/${encodeURIComponent(statementId)}#pay-line-${encodeURIComponent(lineId)}`,
} as const;
