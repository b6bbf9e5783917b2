/**
 * Transparent pay in the real app, offline (issue #5): the demo's last statement has a day of
 * overtime left out and a deduction no rule backs; both are flagged with their cause, a line shows
 * its formula, a dispute raised from the line lands in the escalation list and on the line, and
 * the evidence export opens and downloads as a spreadsheet.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserTest, expectSingleHeading, openTab } from './browser';
import { openOfflineDemo } from './offline-demo';

/** A line of the open statement, found by the heading that names it. */
function lineNamed(page: Page, name: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: false }) });
}

describe('pay statements', () => {
  browserTest(
    'flags the unsupported deduction, disputes it and exports the evidence, offline',
    async () => {
      const { page } = await openOfflineDemo();

      await openTab(page, 'Pay');
      await expectSingleHeading(page, 'Pay');
      // Twelve months, newest first; the chart has its figures as a table for screen readers.
      const statements = page
        .getByRole('region', { name: 'Pay statements' })
        .getByRole('listitem')
        .getByRole('link');
      await expect.poll(() => statements.count()).toBe(12);
      await expect(page.getByRole('table').count()).resolves.toBeGreaterThan(0);
      await expect(statements.first().textContent()).resolves.toMatch(/differ/);
      await statements.first().click();

      const overtime = lineNamed(page, 'Overtime');
      await overtime.getByText(/^Differs by/).waitFor();
      await expect(overtime.textContent()).resolves.toMatch(/your records show 3(\.\d+)? hours/);
      await overtime.getByText('How this line is worked out').click();
      await expect(overtime.textContent()).resolves.toMatch(
        /2,800\.00 ÷ 21\.75 ÷ 8 × [\d.]+ h × 1\.5 =/,
      );

      const penalty = lineNamed(page, 'Penalty');
      await penalty.getByText('Cannot be checked').waitFor();
      await penalty.getByRole('link', { name: 'Dispute this line' }).click();
      await expectSingleHeading(page, 'Escalate');
      await expect(page.getByRole('radio', { name: 'Pay dispute' }).isChecked()).resolves.toBe(
        true,
      );
      await expect(page.getByLabel('Description (optional)').inputValue()).resolves.toMatch(
        /200\.00/,
      );
      await page.getByRole('button', { name: 'Send escalation' }).click();
      await page
        .getByText('Saved on this device. It will be sent as soon as there is a connection.')
        .waitFor();
      const mine = page.getByRole('region', { name: 'My escalations' });
      // The demo holds escalations of its own; this is the one pay dispute.
      await expect.poll(() => mine.getByText('Pay dispute').count()).toBe(1);

      await page.goBack();
      await lineNamed(page, 'Penalty').waitFor();
      await lineNamed(page, 'Penalty')
        // In the demo workspace the device is the system of record: "sent" as soon as it is saved.
        .getByText(/^Dispute (sent|saved on this device) on /)
        .waitFor();

      await openTab(page, 'Pay');
      await page.getByRole('link', { name: 'Export for a labour dispute' }).click();
      await expectSingleHeading(page, 'Pay evidence');
      await page.getByRole('button', { name: 'Print' }).waitFor();
      await expect(page.getByText(/12333/).count()).resolves.toBeGreaterThan(0);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download spreadsheet (CSV)' }).click(),
      ]);
      const path = await download.path();
      const csv = await readFile(path, 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain('Customer complaint compensation');
      expect(csv).toMatch(/Cannot be checked/);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    },
  );
});
