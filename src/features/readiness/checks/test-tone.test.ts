import { describe, expect, it, vi } from 'vitest';
import { playTestTone, type ToneAudioContextLike } from './test-tone';
import { nextTaskTimers } from './test-timers';

function fakeContext(state = 'running', resumes = true) {
  const param = () => ({ value: 0, setValueAtTime: vi.fn(), linearRampToValueAtTime: vi.fn() });
  const oscillator = {
    type: '',
    frequency: param(),
    connect: vi.fn(),
    disconnect: vi.fn(),
    start: vi.fn(),
    stop: vi.fn(),
  };
  const gain = { gain: param(), connect: vi.fn(), disconnect: vi.fn() };
  const context = {
    state,
    currentTime: 10,
    destination: { name: 'speakers' },
    resume: vi.fn(() => {
      if (!resumes) return new Promise<void>(() => undefined);
      context.state = 'running';
      return Promise.resolve();
    }),
    close: vi.fn(() => Promise.resolve()),
    createOscillator: vi.fn(() => oscillator),
    createGain: () => gain,
  };
  return { context: context as ToneAudioContextLike & typeof context, oscillator, gain };
}

describe('playTestTone', () => {
  it('is unsupported without Web Audio', async () => {
    await expect(playTestTone({ deps: { createAudioContext: null } })).resolves.toBe('unsupported');
  });

  it('plays a faded sine tone to the speakers, then closes the context', async () => {
    const { context, oscillator, gain } = fakeContext('suspended');
    const result = await playTestTone({
      frequencyHz: 523,
      durationMs: 1000,
      deps: { createAudioContext: () => context, timers: nextTaskTimers() },
    });
    expect(result).toBe('played');
    expect(oscillator.frequency.value).toBe(523);
    expect(oscillator.start).toHaveBeenCalledWith(10);
    expect(oscillator.stop).toHaveBeenCalledWith(11);
    expect(gain.connect).toHaveBeenCalledWith(context.destination);
    expect(gain.gain.linearRampToValueAtTime).toHaveBeenLastCalledWith(0, 11);
    expect(context.close).toHaveBeenCalled();
  });

  it('says blocked when the browser will not start audio', async () => {
    const { context } = fakeContext('suspended', false);
    const result = await playTestTone({
      deps: { createAudioContext: () => context, timers: nextTaskTimers() },
    });
    expect(result).toBe('blocked');
    expect(context.close).toHaveBeenCalled();
  });

  it('says error when audio breaks', async () => {
    const { context } = fakeContext();
    context.createOscillator.mockImplementation(() => {
      throw new Error('broken');
    });
    const result = await playTestTone({
      deps: { createAudioContext: () => context, timers: nextTaskTimers() },
    });
    expect(result).toBe('error');
  });
});
