import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '@/data/workspace-context';

/** The agent's leave requests with their status, newest first (as the roster repository says). */
export function useLeaveRequests() {
  const repositories = useRepositories();
  return useLiveQuery(() => repositories.roster.leaveRequestsWithStatus(), [repositories]);
}

/** The agent's swap requests with their status, newest first. */
export function useSwapRequests() {
  const repositories = useRepositories();
  return useLiveQuery(() => repositories.roster.swapRequestsWithStatus(), [repositories]);
}
