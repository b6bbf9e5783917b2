import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '@/data/workspace-context';
import { findAttachedShift, findPayLine } from './context-records';

/**
 * One escalation with its notes, the receiving side's responses (which arrive through sync) and
 * the records its context points at; `undefined` while loading, `null` when it is not on the device.
 */
export function useEscalationDetail(escalationId: string) {
  const repositories = useRepositories();
  return useLiveQuery(async () => {
    const { escalations } = repositories;
    const escalation = await escalations.get(escalationId);
    if (!escalation) return null;
    const { shiftId, payLineId } = escalation.context;
    const [notes, responses, shift, payLine] = await Promise.all([
      escalations.notesFor(escalationId),
      escalations.responsesFor(escalationId),
      shiftId ? findAttachedShift(repositories.shifts, shiftId, escalation.createdAt) : null,
      payLineId ? findPayLine(repositories.payStatements, payLineId) : null,
    ]);
    return { escalation, notes, responses, shift, payLine };
  }, [repositories, escalationId]);
}
