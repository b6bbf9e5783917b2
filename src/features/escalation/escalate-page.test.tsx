import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkbenchDb } from '@/data/db';
import { readActiveWorkspace } from '@/data/workspace-registry';
import { fen } from '@/domain/money';
import { renderApp } from '../../../test/render-app';
import { SAMPLE_ROWS } from '../../../test/sync-builders';
import { makeShift, seedAgent } from './escalation-test-kit';

const SAVED = 'Saved on this device. It will be sent as soon as there is a connection.';

/** The agent of the sync fixtures, with a shift under way at TEST_NOW (09:00–18:00 in Shanghai). */
async function seedAgentOnShift(db: WorkbenchDb) {
  await seedAgent(db);
  await db.shifts.add(makeShift('shift-today', '2026-11-22T01:00:00.000Z', 9));
}

async function seedPayStatement(db: WorkbenchDb) {
  await seedAgent(db);
  await db.payStatements.add(SAMPLE_ROWS.payStatements);
  await db.payStatementLines.bulkAdd([
    SAMPLE_ROWS.payStatementLines,
    {
      id: 'pay-2026-10-9',
      statementId: 'pay-2026-10',
      order: 9,
      kind: 'penalty',
      amount: fen(-20_000),
      description: '离席未报备',
      quantity: null,
      ruleId: null,
    },
  ]);
}

describe('escalate page', () => {
  it('saves an escalation on the device and lists it', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local' });
    await user.click(await screen.findByRole('radio', { name: 'System outage' }));
    await user.type(screen.getByLabelText('Description (optional)'), '坐席系统无法登录');
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));

    expect(await screen.findByText(SAVED)).toBeVisible();
    const list = screen.getByRole('region', { name: 'My escalations' });
    expect(await within(list).findByText('System outage')).toBeVisible();
    expect(within(list).getByText('坐席系统无法登录')).toBeVisible();
  });

  it('sends with two taps, a category and Send, and shows where it went', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local', prepare: seedAgent });
    await user.click(await screen.findByRole('radio', { name: 'Safety emergency' }));
    expect(screen.getByRole('radio', { name: 'High' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));

    expect(await screen.findByText(SAVED)).toBeVisible();
    const receipt = screen.getByRole('region', { name: 'Where it goes' });
    const recipients = within(receipt)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    // The fixture policy routes safety emergencies to the safety line; the client always hears.
    expect(recipients).toEqual(['The safety line', "The client company's own channel"]);
    expect(within(receipt).getByText('Promised response: within 5 min')).toBeVisible();
    expect(within(receipt).queryByText(/not dropped/)).toBeNull();
    // The numbers stay on screen after sending.
    expect(screen.getByRole('link', { name: 'Ambulance 120' })).toBeVisible();
  });

  it('says it was still sent, and to whom, when the policy no longer has the category', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local', prepare: seedAgent });
    await user.click(await screen.findByRole('radio', { name: 'Other' }));
    expect(screen.getByRole('radio', { name: 'Normal' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));

    const receipt = await screen.findByRole('region', { name: 'Where it goes' });
    expect(receipt).toHaveTextContent(
      "Your project's policy no longer lists this category. It was not dropped: it still goes to the default recipients below.",
    );
    expect(within(receipt).getByText('Your supervisor')).toBeVisible();
    expect(within(receipt).getByText("The client company's own channel")).toBeVisible();
    expect(within(receipt).getByText('Promised response: within 15 min')).toBeVisible();
  });

  it('asks for a category instead of sending an empty report', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local' });
    await user.click(await screen.findByRole('button', { name: 'Send escalation' }));
    expect(await screen.findByText('Choose what is happening first.')).toBeVisible();
    const list = await screen.findByRole('region', { name: 'My escalations' });
    expect(within(list).getByText('You have not raised any escalation.')).toBeVisible();
  });

  it('shows emergency numbers as soon as safety emergency is chosen, before sending', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local' });
    await user.click(await screen.findByRole('radio', { name: 'Safety emergency' }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Police 110' })).toHaveAttribute(
      'href',
      'tel:110',
    );
    expect(within(alert).getByRole('link', { name: 'Ambulance 120' })).toHaveAttribute(
      'href',
      'tel:120',
    );
  });

  it("lists the project's own emergency numbers first, then the public ones it lacks", async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local', prepare: seedAgent });
    await user.click(await screen.findByRole('radio', { name: 'Safety emergency' }));
    const links = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Safety 110', 'tel:110'],
      ['Ambulance 120', 'tel:120'],
      ['Fire 119', 'tel:119'],
    ]);
    const list = screen.getByRole('region', { name: 'My escalations' });
    expect(within(list).getByText('You have not raised any escalation.')).toBeVisible();
  });

  it('attaches the shift under way and the screen it was raised from', async () => {
    const { user } = await renderApp('/roster', {
      workspace: 'local',
      prepare: seedAgentOnShift,
    });
    await user.click(await screen.findByRole('link', { name: 'Escalate' }));
    await user.click(await screen.findByRole('radio', { name: 'System outage' }));
    expect(await screen.findByText('Sun, Nov 22, 09:00–18:00')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));
    await screen.findByText(SAVED);

    await user.click(screen.getByRole('link', { name: 'Follow this escalation' }));
    const details = await screen.findByRole('region', { name: 'What you raised' });
    expect(within(details).getByText('/roster')).toBeVisible();
    expect(within(details).getByText('Your shift')).toBeVisible();
    expect(within(details).getByText('Sun, Nov 22, 09:00–18:00')).toBeVisible();
  });

  it('disputes a pay line in two taps, with the line attached', async () => {
    const { user } = await renderApp('/pay/pay-2026-10', {
      workspace: 'local',
      prepare: seedPayStatement,
    });
    await user.click(
      await screen.findByRole('link', { name: 'Dispute this line', description: /^Penalty/ }),
    );
    expect(await screen.findByRole('radio', { name: 'Pay dispute' })).toBeChecked();
    expect(await screen.findByText('Penalty, October 2026')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));
    await screen.findByText(SAVED);

    const list = screen.getByRole('region', { name: 'My escalations' });
    await user.click(await within(list).findByRole('link', { name: /Pay dispute/ }));
    const details = await screen.findByRole('region', { name: 'What you raised' });
    expect(within(details).getByText('/pay/pay-2026-10')).toBeVisible();
    expect(within(details).getByText('Pay line')).toBeVisible();
    expect(within(details).getByText('Penalty, October 2026', { exact: false })).toHaveTextContent(
      'Penalty, October 2026 -CN¥200.00',
    );
  });

  it('opens a local workspace for an escalation raised before any workspace exists', async () => {
    const { user } = await renderApp('/escalate');
    await user.click(await screen.findByRole('radio', { name: 'Customer at risk' }));
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));
    expect(await screen.findByText(SAVED)).toBeVisible();
    expect(readActiveWorkspace(localStorage)?.kind).toBe('local');
    expect(await screen.findByText('Customer at risk', { selector: 'strong' })).toBeVisible();
    // No policy on the device yet: the default route, said plainly.
    expect(
      screen.getByText(
        'There is no project policy on this device yet. It was not dropped: it still goes to the default recipients below.',
      ),
    ).toBeVisible();
  });
});
