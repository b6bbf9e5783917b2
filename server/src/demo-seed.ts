/**
 * The demo organisation: agent 林晓雨 (NC-0731 / demo1234) and her workspace for today in
 * Asia/Shanghai, all in her own space for now (training content could move to the org space).
 */
import { demoWorkspaceChanges } from '@/data/demo/generate-demo-workspace';
import type { ServerAdmin } from './admin';
import type { Database } from './database';

export const DEMO_AGENT = {
  agentId: 'demo-agent',
  orgId: 'demo-org',
  employeeNumber: 'NC-0731',
  password: 'demo1234',
  displayName: '林晓雨',
} as const;

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Seeds the demo agent once; a restart on the same database leaves it as it is. */
export async function seedDemo(db: Database, admin: ServerAdmin): Promise<void> {
  const existing = await db.query('SELECT 1 FROM agents WHERE id = $1', [DEMO_AGENT.agentId]);
  if (existing.length > 0) return;
  await admin.createAgent({ ...DEMO_AGENT });
  await admin.writeAsEmployer(DEMO_AGENT.agentId, demoWorkspaceChanges(shanghaiToday()));
}
