import { describe, expect, it } from 'vitest';
import { verifyLog } from '@/domain/escalation/escalation-log';
import { responseClock } from '@/domain/escalation/response-clock';
import { buildDemoPolicy } from './demo-policy';
import { buildDemoEscalations } from './demo-escalations';
import { generateDemoWorkspace } from './generate-demo-workspace';

const TODAY = '2026-11-22';
const NOW = new Date('2026-11-22T04:00:00Z');

describe('the demo escalations', () => {
  const workspace = generateDemoWorkspace(TODAY);
  const { escalations, escalationNotes, escalationResponses } = workspace;
  const responsesOf = (id: string) =>
    escalationResponses.filter((response) => response.escalationId === id);

  it('gives 林晓雨 two past escalations and one note, all sent', () => {
    expect(escalations).toHaveLength(2);
    expect(escalationNotes).toHaveLength(1);
    for (const record of [...escalations, ...escalationNotes]) {
      expect(record).toMatchObject({ agentId: 'demo-agent', syncState: 'sent' });
    }
    expect(escalationNotes[0]?.escalationId).toBe(escalations[1]?.id);
  });

  it('shows one answered in time and resolved, the other only received and overdue', () => {
    const [passenger, outage] = escalations;
    expect(responsesOf(passenger!.id).map((response) => response.kind)).toEqual([
      'received',
      'acknowledged',
      'resolved',
    ]);
    expect(
      responseClock(passenger!.createdAt, passenger!.routing, responsesOf(passenger!.id), NOW),
    ).toMatchObject({ state: 'answered' });
    expect(responsesOf(outage!.id).map((response) => response.kind)).toEqual(['received']);
    expect(
      responseClock(outage!.createdAt, outage!.routing, responsesOf(outage!.id), NOW),
    ).toMatchObject({ state: 'overdue' });
  });

  it('routes them by the demo policy', () => {
    expect(escalations.map((escalation) => escalation.routing.policyId)).toEqual([
      workspace.policies[0]!.id,
      workspace.policies[0]!.id,
    ]);
  });

  it('carries valid links into the log of the device they were raised on', () => {
    const { log } = buildDemoEscalations(TODAY, buildDemoPolicy(TODAY), workspace.shifts);
    expect(log).toHaveLength(3);
    expect(verifyLog(log, { escalations, notes: escalationNotes })).toEqual({
      ok: true,
      problems: [],
    });
    expect(escalations.map((escalation) => escalation.chain?.seq)).toEqual([1, 2]);
    expect(escalationNotes[0]?.chain.seq).toBe(3);
  });
});
