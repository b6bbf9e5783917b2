import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EscalationInputError } from '@/data/escalation-repository';
import { EscalationDetail, type EscalationDetailProps } from './escalation-detail';
import {
  makeEscalation,
  makeNote,
  makeResponse,
  renderWithI18n,
  ZONE,
} from './escalation-test-kit';
import { ResponseClockStatus } from './response-clock-status';
import { useMinuteClock } from './use-minute-clock';

const RAISED = '2026-11-22T02:00:00.000Z';
const minutesAfter = (minutes: number) => new Date(Date.parse(RAISED) + minutes * 60_000);

async function renderDetail(overrides: Partial<EscalationDetailProps> = {}) {
  const props: EscalationDetailProps = {
    escalation: makeEscalation({ createdAt: RAISED }),
    responses: [],
    notes: [],
    shift: null,
    payLine: null,
    now: minutesAfter(7),
    timeZone: ZONE,
    loadAttachment: async () => undefined,
    onAddNote: vi.fn(async () => undefined),
    ...overrides,
  };
  return { props, ...(await renderWithI18n(<EscalationDetail {...props} />)) };
}

describe('escalation detail', () => {
  it('shows each step of the timeline with its time, or pending', async () => {
    await renderDetail({
      responses: [
        makeResponse({ id: 'r1', kind: 'received', at: '2026-11-22T02:01:00.000Z' }),
        makeResponse({
          id: 'r2',
          kind: 'acknowledged',
          at: '2026-11-22T02:05:00.000Z',
          by: 'Team lead Wang',
          note: 'Calling the passenger back',
        }),
      ],
    });
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const steps = within(timeline)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(steps).toEqual([
      'Saved on this deviceSun, Nov 22 10:00',
      // Sent is implied by the receipt; this device did not record when.
      'SentDone',
      'ReceivedSun, Nov 22 10:01',
      'AcknowledgedSun, Nov 22 10:05By Team lead WangCalling the passenger back',
      'ResolvedPending',
    ]);
  });

  it('counts down the promised response time', async () => {
    await renderDetail({ now: minutesAfter(7) });
    const clock = await screen.findByRole('region', { name: 'Response clock' });
    expect(clock).toHaveTextContent('Waiting for an answer');
    expect(clock).toHaveTextContent('8 min left: an answer is promised by Sun, Nov 22 10:15.');
  });

  it('says in words when the answer is overdue', async () => {
    await renderDetail({ now: minutesAfter(20) });
    const clock = await screen.findByRole('region', { name: 'Response clock' });
    expect(within(clock).getByText('Overdue')).toBeVisible();
    expect(clock).toHaveTextContent(
      'No answer yet, 5 min after the promised time (Sun, Nov 22 10:15).',
    );
  });

  it('stops the clock at the first acknowledgement and says if it came late', async () => {
    await renderDetail({
      now: minutesAfter(60),
      responses: [makeResponse({ kind: 'acknowledged', at: minutesAfter(18).toISOString() })],
    });
    const clock = await screen.findByRole('region', { name: 'Response clock' });
    expect(within(clock).getByText('Answered late')).toBeVisible();
    expect(clock).toHaveTextContent('Answered Sun, Nov 22 10:18, 3 min after the promised time.');
  });

  it('shows where it went and the receiving side’s messages with the agent’s notes', async () => {
    await renderDetail({
      responses: [
        makeResponse({
          id: 'm1',
          kind: 'message',
          at: '2026-11-22T02:06:00.000Z',
          by: 'Team lead Wang',
          note: 'Please stay on the line.',
        }),
      ],
      notes: [makeNote({ text: 'The passenger called again.', createdAt: RAISED })],
    });
    const details = await screen.findByRole('region', { name: 'What you raised' });
    expect(within(details).getByText('Your supervisor')).toBeVisible();
    expect(within(details).getByText("The client company's own channel")).toBeVisible();
    expect(within(details).getByText('Promised response: within 15 min')).toBeVisible();
    const messages = screen.getByRole('region', { name: 'Notes and messages' });
    const items = within(messages)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      expect.stringContaining('Your note, Sun, Nov 22 10:00'),
      'Team lead Wang, Sun, Nov 22 10:06Please stay on the line.',
    ]);
    expect(items[0]).toContain('The passenger called again.');
  });

  it('adds a note with a photo and empties the form once it is saved', async () => {
    const { props, user } = await renderDetail();
    const photo = new File(['png'], 'screen.png', { type: 'image/png' });
    await user.type(await screen.findByLabelText('Note'), 'Supervisor did not pick up.');
    await user.upload(screen.getByLabelText('Photo or screenshot (optional)'), photo);
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    expect(props.onAddNote).toHaveBeenCalledWith({
      text: 'Supervisor did not pick up.',
      attachment: { blob: photo, name: 'screen.png' },
    });
    expect(
      await screen.findByText(
        'Note saved on this device. It will be sent as soon as there is a connection.',
      ),
    ).toBeVisible();
    expect(screen.getByLabelText('Note')).toHaveValue('');
  });

  it('keeps the note in the field and explains when the attachment is too big', async () => {
    const onAddNote = vi.fn(async () => {
      throw new EscalationInputError('attachment/too-large');
    });
    const { user } = await renderDetail({ onAddNote });
    await user.type(await screen.findByLabelText('Note'), '这是截图');
    await user.upload(
      screen.getByLabelText('Photo or screenshot (optional)'),
      new File(['x'], 'huge.jpg', { type: 'image/jpeg' }),
    );
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is too big: choose one up to 5 MB. Your note is still here.',
    );
    expect(screen.getByLabelText('Note')).toHaveValue('这是截图');
    expect(screen.getByLabelText('Photo or screenshot (optional)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});

describe('attachment thumbnails', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:thumbnail');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('shows the photo from the device and releases it when the view closes', async () => {
    const note = makeNote({
      text: '',
      attachment: { sha256: 'c'.repeat(64), contentType: 'image/png', size: 3, name: 'screen.png' },
    });
    const blob = new Blob(['png'], { type: 'image/png' });
    const { unmount } = await renderDetail({
      notes: [note],
      loadAttachment: async (sha256) => (sha256 === note.attachment?.sha256 ? blob : undefined),
    });
    expect(await screen.findByRole('img', { name: 'Attachment: screen.png' })).toHaveAttribute(
      'src',
      'blob:thumbnail',
    );
    expect(URL.createObjectURL).toHaveBeenCalledWith(blob);
    unmount();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:thumbnail');
  });
});

describe('response clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves on every minute without a reload', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = minutesAfter(7);
    function LiveClock() {
      const minute = useMinuteClock();
      return (
        <ResponseClockStatus
          createdAt={RAISED}
          routing={{ responseMinutes: 15 }}
          responses={[]}
          now={minute}
          timeZone={ZONE}
        />
      );
    }
    await renderWithI18n(<LiveClock />, { clock: () => now });
    expect(await screen.findByText(/^8 min left/)).toBeVisible();

    now = minutesAfter(16);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByText('Overdue')).toBeVisible();
    expect(screen.getByText(/^No answer yet, 1 min after/)).toBeVisible();
  });
});
