import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/i18n/i18n';
import { ClockProvider } from '@/ui/clock-context';
import { clockText, ExamTimer } from './exam-timer';

afterEach(() => {
  vi.useRealTimers();
});

async function renderTimer(deadlineAt: string, start: Date) {
  const i18n = await initI18n({ language: 'en' });
  await i18n.loadNamespaces('training');
  let now = start;
  const onExpire = vi.fn();
  vi.useFakeTimers();
  render(
    <I18nextProvider i18n={i18n}>
      <ClockProvider clock={() => now}>
        <ExamTimer deadlineAt={deadlineAt} timeLimitMinutes={15} onExpire={onExpire} />
      </ClockProvider>
    </I18nextProvider>,
  );
  const advance = (ms: number) =>
    act(() => {
      now = new Date(now.getTime() + ms);
      vi.advanceTimersByTime(ms);
    });
  return { onExpire, advance };
}

describe('clockText', () => {
  it.each([
    { seconds: 0, text: '0:00' },
    { seconds: 59, text: '0:59' },
    { seconds: 61, text: '1:01' },
    { seconds: 900, text: '15:00' },
    { seconds: -5, text: '0:00' },
  ])('$seconds s reads $text', ({ seconds, text }) => {
    expect(clockText(seconds, 'en')).toBe(text);
  });
});

describe('exam timer', () => {
  it('shows the time honestly left until the fixed deadline and submits once at zero', async () => {
    // Resumed 13 minutes into a 15-minute attempt: two minutes are left, not fifteen.
    const { onExpire, advance } = await renderTimer(
      '2026-11-22T02:15:00Z',
      new Date('2026-11-22T02:13:00Z'),
    );
    expect(screen.getByRole('timer')).toHaveTextContent('Time left 2:00');
    expect(screen.getByRole('status')).toHaveTextContent('2 minutes left');
    advance(61_000);
    expect(screen.getByRole('timer')).toHaveTextContent('Time left 0:59');
    expect(screen.getByRole('status')).toHaveTextContent('1 minute left');
    expect(onExpire).not.toHaveBeenCalled();
    advance(60_000);
    expect(screen.getByRole('timer')).toHaveTextContent('Time left 0:00');
    advance(5_000);
    expect(onExpire).toHaveBeenCalledOnce();
  });

  it('submits at once when the deadline passed while the app was closed', async () => {
    const { onExpire } = await renderTimer(
      '2026-11-22T02:15:00Z',
      new Date('2026-11-22T03:00:00Z'),
    );
    expect(screen.getByRole('timer')).toHaveTextContent('Time left 0:00');
    expect(onExpire).toHaveBeenCalledOnce();
  });
});
