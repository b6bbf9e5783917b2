/**
 * The app's hrefs the readiness screens link to. The router passes them in, since features never
 * import app/paths.ts (STYLE.md §1).
 */
export interface ReadinessLinks {
  readiness: () => string;
  history: () => string;
  report: (reportId: string) => string;
  escalate: () => string;
}
