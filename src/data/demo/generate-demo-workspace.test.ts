import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPLOYER_TABLES } from '@/domain/sync/protocol';
import { changeSchema, findUnsafeStructure } from '@/domain/sync/protocol-schemas';
import {
  DEMO_AGENT_TABLES,
  demoWorkspaceChanges,
  generateDemoWorkspace,
} from './generate-demo-workspace';
import { addDays } from './shanghai-date';

const anyDay = fc.integer({ min: 0, max: 15 * 365 }).map((offset) => addDays('2020-01-01', offset));
const PRIMARY_KEY_FIELDS = ['id', 'requestId', 'attemptId', 'escalationId'] as const;
const originalTimeZone = process.env.TZ;

afterEach(() => {
  // Assigning undefined would set the string "undefined".
  if (originalTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalTimeZone;
});

describe('generateDemoWorkspace', () => {
  it('gives the same workspace for the same date', () => {
    fc.assert(
      fc.property(anyDay, (today) => {
        expect(generateDemoWorkspace(today)).toEqual(generateDemoWorkspace(today));
      }),
      { numRuns: 20 },
    );
  });

  it.each([
    ['2026-11-22', '2026-11-23'],
    ['2026-11-22', '2026-12-22'],
    ['2026-11-22', '2025-11-22'],
    ['2026-01-31', '2026-02-01'],
  ])('gives %s and %s different shifts', (one, other) => {
    expect(generateDemoWorkspace(one).shifts).not.toEqual(generateDemoWorkspace(other).shifts);
  });

  it('gives the same workspace whatever the machine’s time zone', () => {
    const inZone = (timeZone: string) => {
      process.env.TZ = timeZone;
      return {
        offset: new Date(2026, 0, 1).getTimezoneOffset(),
        workspace: generateDemoWorkspace('2026-11-22'),
      };
    };
    const shanghai = inZone('Asia/Shanghai');
    const losAngeles = inZone('America/Los_Angeles');
    expect(shanghai.offset).not.toBe(losAngeles.offset);
    expect(losAngeles.workspace).toEqual(shanghai.workspace);
  });

  it('describes a two-star onsite agent working five days on, two off', () => {
    const [agent, ...others] = generateDemoWorkspace('2026-11-22').agentProfile;
    expect(others).toHaveLength(0);
    expect(agent).toMatchObject({
      id: 'demo-agent',
      orgId: 'demo-org',
      displayName: '林晓雨',
      level: 'two-star',
      workPattern: 'five-on-two-off',
      employment: 'onsite-outsourced',
      timeZone: 'Asia/Shanghai',
    });
    expect(agent!.employedFrom < '2026-08-01').toBe(true);
  });

  it('puts the agent on one inbound airline project with its policy', () => {
    const { agentProfile, projects, policies } = generateDemoWorkspace('2026-11-22');
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ businessLine: 'inbound', timeZone: 'Asia/Shanghai' });
    expect(projects[0]!.name['zh-CN']).toContain('航空');
    expect(agentProfile[0]!.projectId).toBe(projects[0]!.id);
    expect(policies.map((policy) => policy.id)).toEqual([projects[0]!.policyId]);
    expect(policies[0]!.projectId).toBe(projects[0]!.id);
  });

  it('refuses a date that is not a calendar day', () => {
    expect(() => generateDemoWorkspace('2026-02-30')).toThrow('demo/invalid-day');
  });
});

describe('demoWorkspaceChanges', () => {
  it('puts every row under its own primary key, in employer tables and her past escalations', () => {
    const tables = [...EMPLOYER_TABLES, ...DEMO_AGENT_TABLES];
    fc.assert(
      fc.property(anyDay, (today) => {
        const changes = demoWorkspaceChanges(today);
        const workspace = generateDemoWorkspace(today);
        const rowCount = tables.reduce((total, table) => total + workspace[table].length, 0);
        expect(changes).toHaveLength(rowCount);
        const seen = new Set<string>();
        for (const change of changes) {
          expect(tables).toContain(change.table);
          if (change.op !== 'put') throw new Error(`unexpected ${change.op}`);
          const value = change.value as Record<string, unknown>;
          const field = PRIMARY_KEY_FIELDS.find((candidate) => candidate in value);
          expect(field).toBeDefined();
          expect(change.key).toBe(value[field!]);
          seen.add(`${change.table}/${change.key}`);
        }
        expect(seen.size).toBe(changes.length);
      }),
      { numRuns: 20 },
    );
  });

  it('passes the pull applier’s wire validation for every change', () => {
    fc.assert(
      fc.property(anyDay, (today) => {
        const changes = demoWorkspaceChanges(today);
        expect(findUnsafeStructure(changes)).toBeUndefined();
        for (const change of changes) {
          const parsed = changeSchema.safeParse(change);
          expect(parsed.error?.issues, `${change.table}/${change.key}`).toBeUndefined();
        }
      }),
      { numRuns: 10 },
    );
  });

  it('survives a JSON round trip unchanged, as it would over the wire', () => {
    const changes = demoWorkspaceChanges('2026-11-22');
    expect(JSON.parse(JSON.stringify(changes))).toEqual(changes);
  });
});
