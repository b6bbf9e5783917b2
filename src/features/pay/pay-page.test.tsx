import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBlobBytes } from '@/data/attachment-bytes';
import { renderApp } from '../../../test/render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pay list', () => {
  it('lists the statements newest first, each with its net pay and its check', async () => {
    await renderApp('/pay', { workspace: 'demo' });
    const list = await screen.findByRole('region', { name: 'Pay statements' });
    const links = within(list)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('/pay/demo-pay-'));
    expect(links[0]).toHaveTextContent(/^October 2026\s*CN¥[\d,]+\.\d\d/);
    expect(links[0]).toHaveTextContent('1 line differs');
    expect(links[0]).toHaveTextContent('1 line cannot be checked');
    expect(links[1]).toHaveTextContent(/^September 2026/);
  });

  it('gives the chart of net pay a text alternative and shows the totals', async () => {
    await renderApp('/pay', { workspace: 'demo' });
    const history = await screen.findByRole('region', { name: 'Net pay by month' });
    const table = within(history).getByRole('table', { name: 'Net pay by month, oldest first' });
    expect(within(table).getByRole('row', { name: /^October 2026 CN¥[\d,]+\.\d\d$/ })).toBeTruthy();
    expect(within(history).getByText('Last 12 months')).toBeVisible();
    expect(within(history).getByText('Year to date (2026)')).toBeVisible();
  });

  it('names a gap in the policy’s bonus bands in a banner', async () => {
    await renderApp('/pay', {
      workspace: 'demo',
      prepare: async (db) => {
        const policy = (await db.policies.toCollection().first())!;
        await db.policies.put({
          ...policy,
          bonusBands: policy.bonusBands.filter((band) => band.grade !== 'E'),
        });
      },
    });
    const banner = await screen.findByRole('alert', {
      name: 'The pay policy on this device has a problem',
    });
    expect(banner).toHaveTextContent('Scores from 0% up to 71% reach no bonus band.');
  });

  it('says when a statement does not exist', async () => {
    await renderApp('/pay/no-such-statement', { workspace: 'demo' });
    expect(await screen.findByText('This page does not exist.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'All statements' })).toHaveAttribute('href', '/pay');
  });
});

describe('pay evidence export', () => {
  it('opens from the list, names the 12333 hotline and lists the flagged differences', async () => {
    const { user } = await renderApp('/pay', { workspace: 'demo' });
    await user.click(await screen.findByRole('link', { name: 'Export for a labour dispute' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pay evidence' })).toBeVisible();
    expect(await screen.findByText(/12333/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Print' })).toBeVisible();
    // The section, and inside it the table's scroll area, which its heading names too.
    const [differences] = screen.getAllByRole('region', { name: 'Differences found' });
    expect(differences).toHaveTextContent(
      /Overtime.*Differs by.*The statement counts 1\.5 hours; your records show 3 hours\./,
    );
    expect(differences).toHaveTextContent(/No rule is cited for this deduction/);
  });

  it('prints with the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = await renderApp('/pay/export', { workspace: 'demo' });
    await user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('downloads a UTF-8 CSV with a byte-order mark, translated headers and the difference', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:pay-evidence';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderApp('/pay/export', { workspace: 'demo', language: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '下载表格(CSV)' }));
    expect(blobs).toHaveLength(1);
    const bytes = await readBlobBytes(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe(
      '类别,月份,项目,工资条金额(元),按你的记录应得(元),差额(元),核对结果,说明',
    );
    expect(text).toMatch(/明细,2026年10月,加班工资 · [^,]+,36\.21,72\.41,-36\.20,相差/);
    expect(text).toContain('工资条按 1.5小时 计算;你的记录显示为 3小时。');
  });
});
