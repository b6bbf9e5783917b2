import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchDb } from '@/data/db';
import { createRepositories } from '@/data/repositories';
import { MAX_ATTACHMENT_BYTES } from '@/domain/escalation/escalation';
import { renderApp, TEST_NOW } from '../../../test/render-app';
import { seedAgent } from './escalation-test-kit';
import { deviceTimeZone } from '@/i18n/format';
import { formatInstant } from './format-instant';

const RAISED_AT = new Date(TEST_NOW.getTime() - 20 * 60_000);

async function raiseOne(db: WorkbenchDb) {
  await seedAgent(db);
  await createRepositories(db).escalations.raise(
    {
      agentId: 'agent-1',
      category: 'customer-at-risk',
      description: '乘客多次求助',
      caseReference: 'CASE-7',
      severity: 'high',
      context: { screen: '/', shiftId: null, payLineId: null },
      policy: null,
    },
    RAISED_AT,
  );
}

describe('escalation detail page', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:note');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('opens from My escalations with its timeline and an overdue clock', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local', prepare: raiseOne });
    const list = await screen.findByRole('region', { name: 'My escalations' });
    // Raised 20 minutes ago under the 15-minute fallback promise, with no answer.
    expect(await within(list).findByText('Overdue')).toBeVisible();
    await user.click(within(list).getByRole('link', { name: /Customer at risk/ }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Customer at risk' }),
    ).toBeVisible();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    // The agent's own device decides the zone times are shown in.
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent(
      `Saved on this device${formatInstant(RAISED_AT, 'en', deviceTimeZone())}`,
    );
    expect(within(timeline).getAllByRole('listitem')[1]).toHaveTextContent('SentPending');
    expect(screen.getByRole('region', { name: 'Response clock' })).toHaveTextContent(
      /No answer yet, 5 min after the promised time/,
    );
  });

  it('keeps the note when the photo is too big, then saves it with a smaller one', async () => {
    const { user, router } = await renderApp('/escalate', {
      workspace: 'local',
      prepare: raiseOne,
    });
    const list = await screen.findByRole('region', { name: 'My escalations' });
    await user.click(await within(list).findByRole('link', { name: /Customer at risk/ }));
    const note = await screen.findByLabelText('Note');
    const file = screen.getByLabelText('Photo or screenshot (optional)');
    await user.type(note, '主管电话无人接听');
    await user.upload(
      file,
      new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], 'huge.png', { type: 'image/png' }),
    );
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is too big: choose one up to 5 MB. Your note is still here.',
    );
    expect(note).toHaveValue('主管电话无人接听');

    await user.upload(
      file,
      new File([new Uint8Array([1, 2, 3])], 'call.png', { type: 'image/png' }),
    );
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const messages = screen.getByRole('region', { name: 'Notes and messages' });
    expect(await within(messages).findByText('主管电话无人接听')).toBeVisible();
    expect(
      await within(messages).findByRole('img', { name: 'Attachment: call.png' }),
    ).toBeVisible();
    expect(note).toHaveValue('');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(router.state.location.pathname).toMatch(/^\/escalate\/.+/);
  });

  it('says so when the escalation is not on this device', async () => {
    await renderApp('/escalate/no-such-escalation', { workspace: 'local' });
    expect(await screen.findByText('This escalation is not on this device.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'All escalations' })).toHaveAttribute(
      'href',
      '/escalate',
    );
  });
});
