/**
 * TEST-ONLY crash hook for the crash-around-commit test (SYNC.md §5.3 B3). It lets a test kill the
 * server process with SIGKILL just before a push transaction's COMMIT, or just after COMMIT and
 * before the answer is sent, to prove that neither loses nor doubles a mutation.
 *
 * It is armed only when all three hold, read once when this module loads:
 * - `NODE_ENV=test`, so a production environment cannot arm it by accident;
 * - `AWB_FAULT=kill-before-commit` or `AWB_FAULT=kill-after-commit`;
 * - `AWB_FAULT_CLIENT_GROUP=<clientGroupId>`: only a push from that one client group is killed, so a
 *   retry from any other client group passes through the same process.
 * Never set these variables outside a test.
 */

export type FaultPoint = 'before-commit' | 'after-commit';

interface Fault {
  point: FaultPoint;
  clientGroupId: string;
}

function readFault(env: NodeJS.ProcessEnv): Fault | undefined {
  if (env.NODE_ENV !== 'test' || !env.AWB_FAULT_CLIENT_GROUP) return undefined;
  const point =
    env.AWB_FAULT === 'kill-before-commit'
      ? 'before-commit'
      : env.AWB_FAULT === 'kill-after-commit'
        ? 'after-commit'
        : undefined;
  return point ? { point, clientGroupId: env.AWB_FAULT_CLIENT_GROUP } : undefined;
}

const armed = readFault(process.env);

/**
 * Kills this process with SIGKILL when the fault is armed for `point` and `clientGroupId`; never
 * returns then. Otherwise resolves at once and does nothing.
 */
export async function crashPoint(point: FaultPoint, clientGroupId: string): Promise<void> {
  if (armed?.point !== point || armed.clientGroupId !== clientGroupId) return;
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL cannot be caught; wait for it rather than let the request go on.
  await new Promise<never>(() => undefined);
}
