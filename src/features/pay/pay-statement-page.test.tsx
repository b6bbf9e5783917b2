import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkbenchDb } from '@/data/db';
import { fen } from '@/domain/money';
import { renderApp } from '../../../test/render-app';

const OCTOBER = '/pay/demo-pay-2026-10';

async function linesOf(month: string) {
  return screen.findByRole('region', { name: `Lines of the ${month} statement` });
}

function lineItem(region: HTMLElement, name: RegExp) {
  const heading = within(region).getByRole('heading', { level: 3, name });
  return heading.closest('li')!;
}

describe('a statement beside the agent’s own records', () => {
  it('flags a line that differs, with the difference and its cause in words', async () => {
    await renderApp(OCTOBER, { workspace: 'demo' });
    const overtime = lineItem(await linesOf('October 2026'), /^Overtime/);
    expect(overtime).toHaveTextContent('IssuedCN¥36.21ExpectedCN¥72.41');
    expect(overtime).toHaveTextContent(
      'Differs by -CN¥36.20 The statement counts 1.5 hours; your records show 3 hours.',
    );
  });

  it('marks a penalty that cites no rule as unverifiable, never as matching', async () => {
    await renderApp(OCTOBER, { workspace: 'demo' });
    const penalty = lineItem(await linesOf('October 2026'), /^Penalty/);
    expect(penalty).toHaveTextContent('Cannot be checked');
    expect(penalty).toHaveTextContent(
      'No rule is cited for this deduction, so the app cannot check it.',
    );
    expect(penalty).not.toHaveTextContent('Matches your records');
  });

  it('opens a line to show its rule, the formula with the numbers and the records behind it', async () => {
    const { user } = await renderApp(OCTOBER, { workspace: 'demo' });
    const overtime = lineItem(await linesOf('October 2026'), /^Overtime/);
    const disclosure = within(overtime).getByText('How this line is worked out');
    await user.click(disclosure);
    expect(within(overtime).getByRole('heading', { name: 'Formula' })).toBeVisible();
    expect(
      within(overtime).getByText('CN¥2,800.00 ÷ 21.75 ÷ 8 × 3 h × 1.5 = CN¥72.41'),
    ).toBeVisible();
    expect(within(overtime).getByText(/^Approved overtime, meal time not counted/)).toBeVisible();
    expect(within(overtime).getAllByRole('listitem')[0]).toHaveTextContent(/^Shift on .*Oct 7/);
  });

  it('prefills a dispute with the month, the line, both amounts and the evidence', async () => {
    const { user } = await renderApp(OCTOBER, { workspace: 'demo' });
    const lines = await linesOf('October 2026');
    await user.click(
      within(lines).getByRole('link', { name: 'Dispute this line', description: /^Overtime/ }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Escalate' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Pay dispute' })).toBeChecked();
    const description = screen.getByRole('textbox', { name: /Description/ });
    expect(description).toHaveDisplayValue(
      /^I dispute the “Overtime” line of my October 2026 pay statement\. Issued: CN¥36\.21\. Expected from my own records: CN¥72\.41\. The statement counts 1\.5 hours; your records show 3 hours\. Evidence: Shift on .*Oct 7/,
    );
  });

  it('shows a statement whose lines do not sum as such, without hiding its lines', async () => {
    const breakSeptember = async (db: WorkbenchDb) => {
      await db.payStatements.update('demo-pay-2026-09', { net: fen(999_999) });
      await db.payStatementLines.add({
        id: 'odd-line',
        statementId: 'demo-pay-2026-09',
        order: 99,
        kind: 'hardship-fund',
        amount: fen(-1_000),
        description: 'Hardship fund',
        quantity: null,
        ruleId: null,
      });
    };
    await renderApp('/pay/demo-pay-2026-09', { workspace: 'demo', prepare: breakSeptember });
    const problems = await screen.findByRole('region', { name: 'This statement has a problem' });
    expect(problems).toHaveTextContent(
      /Its lines add up to CN¥[\d,.]+, but it states net pay of CN¥9,999\.99\./,
    );
    expect(problems).toHaveTextContent(
      'Line “hardship-fund” is of a kind this app does not know, so it cannot be checked.',
    );
    const odd = lineItem(await linesOf('September 2026'), /^Unknown line \(hardship-fund\)/);
    expect(odd).toHaveTextContent(
      'This app does not know this kind of line, so it cannot check it.',
    );
    expect(
      within(await linesOf('September 2026')).getByRole('heading', { name: /^Base pay/ }),
    ).toBeVisible();
  });
});

describe('what-if on the latest statement', () => {
  it('shows what more overtime and a higher score do to net pay and the grade', async () => {
    const { user } = await renderApp(OCTOBER, { workspace: 'demo' });
    const whatIf = await screen.findByRole('region', { name: 'What if…' });
    expect(within(whatIf).getByText('No change compared with now')).toBeVisible();
    expect(within(whatIf).getByText(/points more gets grade A: \+CN¥200\.00$/)).toBeVisible();

    const overtime = within(whatIf).getByRole('textbox', { name: 'Overtime hours' });
    await user.clear(overtime);
    await user.type(overtime, '13');
    expect(within(whatIf).getByText('+CN¥241.38 compared with now')).toBeVisible();

    const score = within(whatIf).getByRole('textbox', { name: 'Assessment score (%)' });
    await user.clear(score);
    await user.type(score, '96');
    expect(within(whatIf).getByText('Grade A')).toBeVisible();
    expect(within(whatIf).getByText('+CN¥441.38 compared with now')).toBeVisible();
    expect(within(whatIf).getByText('This is the highest grade.')).toBeVisible();
  });

  it('rejects a bad value with a message and leaves the figures unchanged', async () => {
    const { user } = await renderApp(OCTOBER, { workspace: 'demo' });
    const whatIf = await screen.findByRole('region', { name: 'What if…' });
    const sick = within(whatIf).getByRole('textbox', { name: 'Sick leave days' });
    await user.clear(sick);
    await user.type(sick, '-2');
    expect(sick).toBeInvalid();
    expect(sick).toHaveAccessibleDescription('Enter a number from 0 to 31.');
    expect(within(whatIf).getByText('No change compared with now')).toBeVisible();
  });
});
