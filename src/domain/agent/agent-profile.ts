/** Star level of an agent; drives post allowance and subsidy (DOMAIN.md, pay rules). */
export type AgentLevel = 'base' | 'one-star' | 'two-star' | 'three-star';

/** 做五休二 (five on, two off) or 做一休一 (one on, one off). */
export type WorkPattern = 'five-on-two-off' | 'one-on-one-off';

export type EmploymentKind = 'onsite-outsourced' | 'crowdsourced';

export interface AgentProfile {
  id: string;
  orgId: string;
  projectId: string;
  displayName: string;
  employeeNumber: string;
  level: AgentLevel;
  workPattern: WorkPattern;
  employment: EmploymentKind;
  /** First day of employment, `YYYY-MM-DD`. */
  employedFrom: string;
  /** IANA zone the agent lives in (may differ from the project's). */
  timeZone: string;
}
