import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createRepositories } from '@/data/repositories';
import { watchAfterEscalation } from '@/domain/escalation/watch-after-escalation';
import { fen } from '@/domain/money';
import type { PayStatement, PayStatementLine } from '@/domain/pay/pay-statement';
import { renderApp, TEST_NOW } from '../../../test/render-app';
import {
  renderWithI18n,
  seedAgent,
  shiftsAroundEscalation,
  WATCHED_ESCALATION_AT,
  ZONE,
} from './escalation-test-kit';
import { WatchCard, type WatchCardProps } from './watch-card';

const links = {
  roster: () => '/roster',
  kpis: () => '/kpis',
  payLine: (statementId: string, lineId: string) => `/pay/${statementId}#pay-line-${lineId}`,
};
const escalations = [{ id: 'escalation-1', createdAt: WATCHED_ESCALATION_AT }];

function statement(period: string): PayStatement {
  return {
    id: `pay-${period}`,
    agentId: 'agent-1',
    period,
    policyVersion: 3,
    issuedOn: `${period}-28`,
    payDay: `${period}-28`,
    gross: fen(400_000),
    net: fen(380_000),
    assessmentScore: null,
  };
}

function penalty(id: string, statementId: string): PayStatementLine {
  return {
    id,
    statementId,
    order: 9,
    kind: 'penalty',
    amount: fen(-20_000),
    description: '离席未报备',
    quantity: null,
    ruleId: null,
  };
}

function cardProps(overrides: Partial<WatchCardProps> = {}): WatchCardProps {
  const shifts = shiftsAroundEscalation();
  const { findings } = watchAfterEscalation({
    escalations,
    shifts,
    payStatements: [],
    payLines: [],
    kpiDays: [],
    timeZone: ZONE,
    now: TEST_NOW,
  });
  return {
    findings,
    escalations,
    timeZone: ZONE,
    shifts: new Map(shifts.map((shift) => [shift.id, shift])),
    payLines: new Map(),
    links,
    onRaise: vi.fn(),
    ...overrides,
  };
}

describe('watch after escalating', () => {
  it('points out fewer shifts with the figures before and after, and the shifts behind them', async () => {
    await renderWithI18n(<WatchCard {...cardProps()} />);
    const card = await screen.findByRole('region', { name: 'Changes since you escalated' });
    const finding = within(card).getByRole('article', { name: 'Fewer shifts' });
    expect(finding).toHaveTextContent('After your escalation of Sun, Nov 8');
    expect(finding).toHaveTextContent('Before5 shifts a weekSun, Oct 11 – Sun, Nov 8');
    expect(finding).toHaveTextContent('After2 shifts a weekSun, Nov 8 – Sun, Nov 22');
    expect(within(finding).getAllByRole('listitem')).toHaveLength(24);
    expect(within(finding).getByRole('link', { name: 'Open the roster' })).toHaveAttribute(
      'href',
      '/roster',
    );
  });

  it('raises a finding in one tap, as workplace or harassment with a description', async () => {
    const props = cardProps();
    const { user } = await renderWithI18n(<WatchCard {...props} />);
    await user.click(
      await screen.findByRole('button', { name: 'Raise this', description: 'Fewer shifts' }),
    );
    expect(props.onRaise).toHaveBeenCalledWith(
      'workplace-harassment',
      'After my escalation of Sun, Nov 8, my shifts went down from 5 shifts a week to 2 shifts a week.',
    );
  });

  it('links new penalties to their pay lines and raises them as a pay dispute', async () => {
    const statements = [statement('2026-10'), statement('2026-11')];
    const lines = [penalty('p1', 'pay-2026-11'), penalty('p2', 'pay-2026-11')];
    const { findings } = watchAfterEscalation({
      escalations,
      shifts: [],
      payStatements: statements,
      payLines: lines,
      kpiDays: [],
      timeZone: ZONE,
      now: TEST_NOW,
    });
    const props = cardProps({
      findings,
      shifts: new Map(),
      payLines: new Map(lines.map((line) => [line.id, { statement: statements[1]!, line }])),
    });
    const { user } = await renderWithI18n(<WatchCard {...props} />);
    const finding = await screen.findByRole('article', { name: 'New penalties' });
    expect(finding).toHaveTextContent('BeforePenalties: 0, CN¥0.00 deductedOctober 2026');
    expect(finding).toHaveTextContent('AfterPenalties: 2, CN¥400.00 deductedNovember 2026');
    const evidence = within(finding).getAllByRole('link', { name: /Penalty, November 2026/ });
    expect(evidence.map((link) => link.getAttribute('href'))).toEqual([
      '/pay/pay-2026-11#pay-line-p1',
      '/pay/pay-2026-11#pay-line-p2',
    ]);
    await user.click(within(finding).getByRole('button', { name: 'Raise this' }));
    expect(props.onRaise).toHaveBeenCalledWith('pay-dispute', expect.stringContaining('Nov 8'));
  });

  it('shows nothing when nothing changed', async () => {
    const { container } = await renderWithI18n(<WatchCard {...cardProps({ findings: [] })} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('opens the form with the category chosen and the description filled in', async () => {
    const { user } = await renderApp('/escalate', {
      workspace: 'local',
      prepare: async (db) => {
        await seedAgent(db);
        await db.shifts.bulkAdd(shiftsAroundEscalation());
        await createRepositories(db).escalations.raise(
          {
            agentId: 'agent-1',
            category: 'other',
            description: '',
            caseReference: '',
            severity: 'normal',
            context: { screen: '/', shiftId: null, payLineId: null },
            policy: null,
          },
          new Date(WATCHED_ESCALATION_AT),
        );
      },
    });
    await user.click(
      await screen.findByRole('button', { name: 'Raise this', description: 'Fewer shifts' }),
    );
    expect(await screen.findByRole('radio', { name: 'Workplace or harassment' })).toBeChecked();
    const description = screen.getByLabelText('Description (optional)');
    expect(description).toHaveValue(
      'After my escalation of Sun, Nov 8, my shifts went down from 5 shifts a week to 2 shifts a week.',
    );
    expect(description).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));
    expect(
      await screen.findByText(
        'Saved on this device. It will be sent as soon as there is a connection.',
      ),
    ).toBeVisible();
  });
});
