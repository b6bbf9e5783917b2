/** The hrefs the KPI screens link to (features never import app/paths.ts). */
export interface KpiLinks {
  kpis: () => string;
  definitions: () => string;
  tally: () => string;
  goals: () => string;
}
