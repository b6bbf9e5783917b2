import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories } from '@/data/repositories';
import { appendEntry, verifyLog, type LogEntry } from '@/domain/escalation/escalation-log';
import { renderApp, TEST_NOW } from '../../../test/render-app';
import { makeEscalation, renderWithI18n, seedAgent, ZONE } from './escalation-test-kit';
import { PrintableRecord, type EscalationRecordView } from './printable-record';

const first = makeEscalation({ id: 'e1', category: 'safety-emergency' });
const second = makeEscalation({ id: 'e2', category: 'pay-dispute' });
const entry1 = appendEntry(undefined, 'escalation', first, '2026-11-22T02:00:00.000Z');
const entry2 = appendEntry(entry1, 'escalation', second, '2026-11-22T02:30:00.000Z');
const linked = [
  { ...first, chain: { seq: entry1.seq, hash: entry1.hash } },
  { ...second, chain: { seq: entry2.seq, hash: entry2.hash } },
];

function recordOf(entries: LogEntry[], escalations = linked): EscalationRecordView {
  return {
    generatedAt: TEST_NOW.toISOString(),
    agentId: 'agent-1',
    entries,
    escalations,
    verification: {
      ...verifyLog(entries, { escalations, notes: [] }),
      entryCount: entries.length,
      loggedElsewhere: [],
    },
  };
}

/** jsdom's Blob has no `text()`. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function renderRecord(record: EscalationRecordView) {
  return renderWithI18n(
    <PrintableRecord record={record} timeZone={ZONE} onPrint={vi.fn()} onDownload={vi.fn()} />,
  );
}

describe('printable record', () => {
  it('lists every log entry with its time, kind and short hash, and says it is intact', async () => {
    await renderRecord(recordOf([entry1, entry2]));
    expect(await screen.findByText('Intact: nothing removed or altered.')).toBeVisible();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(
        new RegExp(`^1Sun, Nov 22 10:00EscalationSafety emergency${entry1.hash.slice(0, 12)}`),
      ),
      expect.stringMatching(
        new RegExp(`^2Sun, Nov 22 10:30EscalationPay dispute${entry2.hash.slice(0, 12)}`),
      ),
    ]);
  });

  it('names the problem when an entry was removed', async () => {
    await renderRecord(recordOf([entry2]));
    const check = await screen.findByRole('region', { name: 'Check' });
    expect(check).toHaveTextContent('Problems found: this record was changed on this device.');
    expect(within(check).getByText('Entry 1 was removed.')).toBeVisible();
    expect(within(check).queryByText(/^Intact/)).toBeNull();
  });

  it('names the problem when a record was altered after it was logged', async () => {
    const altered = [linked[0]!, { ...linked[1]!, description: 'rewritten' }];
    await renderRecord(recordOf([entry1, entry2], altered));
    expect(await screen.findByText('The record logged in entry 2 was altered.')).toBeVisible();
  });
});

describe('printable record page', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:record');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  const raiseTwo = async (db: Parameters<typeof seedAgent>[0]) => {
    await seedAgent(db);
    const { escalations } = createRepositories(db);
    const input = {
      agentId: 'agent-1',
      description: '',
      caseReference: '',
      severity: 'normal' as const,
      context: { screen: '/', shiftId: null, payLineId: null },
      policy: null,
    };
    await escalations.raise({ ...input, category: 'system-outage' }, TEST_NOW);
    await escalations.raise({ ...input, category: 'other' }, TEST_NOW);
  };

  it('opens from My escalations, prints and downloads the record as JSON', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderApp('/escalate', { workspace: 'local', prepare: raiseTwo });
    await user.click(await screen.findByRole('link', { name: 'Printable record' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Escalation record' }),
    ).toBeVisible();
    expect(await screen.findByText('Intact: nothing removed or altered.')).toBeVisible();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();

    await user.click(screen.getByRole('button', { name: 'Download (JSON)' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledOnce());
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('application/json');
    const exported = JSON.parse(await readText(blob));
    expect(exported.entries).toHaveLength(2);
    expect(exported.verification.ok).toBe(true);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(
      'escalation-record-2026-11-22.json',
    );
  });

  it('shows a problem when an entry was removed from the device', async () => {
    await renderApp('/escalate/record', {
      workspace: 'local',
      prepare: async (db) => {
        await raiseTwo(db);
        await db.escalationLog.delete(1);
      },
    });
    expect(
      await screen.findByText('Problems found: this record was changed on this device.'),
    ).toBeVisible();
    expect(screen.getByText('Entry 1 was removed.')).toBeVisible();
  });
});
