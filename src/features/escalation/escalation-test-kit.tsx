/**
 * Test support for the escalation screens only: domain-object builders and a render with i18n, a
 * fixed clock and a router, for components that take their data as props.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { WorkbenchDb } from '@/data/db';
import type {
  Escalation,
  EscalationNote,
  EscalationResponse,
} from '@/domain/escalation/escalation';
import type { Shift } from '@/domain/roster/shift';
import { initI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/languages';
import { ClockProvider, type Clock } from '@/ui/clock-context';
import { TEST_NOW } from '../../../test/render-app';
import { SAMPLE_ROWS } from '../../../test/sync-builders';

export const ZONE = 'Asia/Shanghai';

export async function renderWithI18n(
  ui: ReactElement,
  options: { language?: Language; clock?: Clock } = {},
) {
  const i18n = await initI18n({ language: options.language ?? 'en' });
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ClockProvider clock={options.clock ?? (() => TEST_NOW)}>
        <MemoryRouter>{ui}</MemoryRouter>
      </ClockProvider>
    </I18nextProvider>,
  );
  return { ...view, user, i18n };
}

/** Raised at 10:00 in Shanghai (TEST_NOW), routed by a policy to the supervisor within 15 min. */
export function makeEscalation(overrides: Partial<Escalation> = {}): Escalation {
  return {
    id: 'escalation-1',
    agentId: 'agent-1',
    category: 'customer-at-risk',
    description: '乘客多次求助',
    caseReference: '',
    severity: 'normal',
    context: { screen: '/roster', shiftId: null, payLineId: null },
    routing: {
      recipients: ['supervisor', 'client-channel'],
      responseMinutes: 15,
      policyId: 'policy-1',
      policyVersion: 3,
      isFallback: false,
    },
    chain: { seq: 1, hash: 'a'.repeat(64) },
    createdAt: TEST_NOW.toISOString(),
    syncState: 'sent',
    ...overrides,
  };
}

export function makeResponse(overrides: Partial<EscalationResponse> = {}): EscalationResponse {
  return {
    id: 'response-1',
    escalationId: 'escalation-1',
    agentId: 'agent-1',
    kind: 'received',
    at: TEST_NOW.toISOString(),
    by: '',
    note: '',
    ...overrides,
  };
}

export function makeNote(overrides: Partial<EscalationNote> = {}): EscalationNote {
  return {
    id: 'note-1',
    escalationId: 'escalation-1',
    agentId: 'agent-1',
    text: '',
    attachment: null,
    chain: { seq: 2, hash: 'b'.repeat(64) },
    createdAt: TEST_NOW.toISOString(),
    syncState: 'pending',
    ...overrides,
  };
}

/** One shift of `hours` starting at `start` (ISO UTC), in Shanghai. */
export function makeShift(id: string, start: string, hours = 8, overrides: Partial<Shift> = {}) {
  const end = new Date(Date.parse(start) + hours * 3_600_000).toISOString();
  const shift: Shift = {
    ...SAMPLE_ROWS.shifts,
    id,
    day: start.slice(0, 10),
    start,
    end,
    segments: [{ start, end }],
    breaks: [],
    ...overrides,
  };
  return shift;
}

/** The agent, project and policy of the sync fixtures: its policy routes only safety emergencies. */
export async function seedAgent(db: WorkbenchDb): Promise<void> {
  await db.agentProfile.add(SAMPLE_ROWS.agentProfile);
  await db.projects.add(SAMPLE_ROWS.projects);
  await db.policies.add(SAMPLE_ROWS.policies);
}

/**
 * 20 eight-hour shifts (from 11:00 in Shanghai) in the four weeks before 8 November 2026 and four in
 * the two weeks after:
 * five shifts a week before an escalation raised that day, two after.
 */
export function shiftsAroundEscalation(): Shift[] {
  const day = (offset: number) =>
    new Date(Date.parse('2026-11-08T03:00:00Z') + offset * 86_400_000).toISOString();
  const before = Array.from({ length: 28 }, (_, index) => index - 28)
    .filter((offset) => ((offset % 7) + 7) % 7 < 5)
    .map((offset) => makeShift(`before-${offset + 28}`, day(offset)));
  const after = [1, 3, 8, 10].map((offset) => makeShift(`after-${offset}`, day(offset)));
  return [...before, ...after];
}

/** When the escalation of `shiftsAroundEscalation` was raised (10:00 in Shanghai). */
export const WATCHED_ESCALATION_AT = '2026-11-08T02:00:00.000Z';
