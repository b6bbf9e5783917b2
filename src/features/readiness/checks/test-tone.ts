/**
 * The speaker or headset check: a short sine tone the agent confirms hearing (issue #9). The tone
 * fades in and out to avoid clicks. Call from a user gesture so the browser allows audio.
 */
import type { TonePlayback } from '@/domain/equipment/readiness-measurements';
import { realTimers, sleep, TIMED_OUT, withDeadline, type Timers } from './deadline';

interface AudioParamLike {
  value: number;
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
}
interface AudioNodeLike {
  connect(destination: never): unknown;
  disconnect(): void;
}
export interface ToneAudioContextLike {
  state: string;
  currentTime: number;
  destination: unknown;
  resume(): Promise<void>;
  close(): Promise<void>;
  createOscillator(): AudioNodeLike & {
    type: string;
    frequency: AudioParamLike;
    start(when?: number): void;
    stop(when?: number): void;
  };
  createGain(): AudioNodeLike & { gain: AudioParamLike };
}

export interface TestToneOptions {
  frequencyHz?: number;
  durationMs?: number;
  /** Peak gain, 0–1 (default 0.2: clearly audible, not loud in a headset). */
  gain?: number;
  /** How long the browser may take to start audio (default 3000 ms). */
  timeoutMs?: number;
  deps?: { createAudioContext?: (() => ToneAudioContextLike) | null; timers?: Timers };
}

function defaultCreate(): (() => ToneAudioContextLike) | null {
  if (typeof window === 'undefined') return null;
  const AudioContextClass =
    window.AudioContext ??
    (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  return AudioContextClass
    ? () => new AudioContextClass() as unknown as ToneAudioContextLike
    : null;
}

/** Plays the tone and resolves once it has finished (or why it could not play). Never rejects. */
export async function playTestTone(options: TestToneOptions = {}): Promise<TonePlayback> {
  const create =
    options.deps?.createAudioContext === undefined
      ? defaultCreate()
      : options.deps.createAudioContext;
  const timers = options.deps?.timers ?? realTimers;
  if (!create) return 'unsupported';
  const durationMs = options.durationMs ?? 1200;
  const peak = Math.min(1, Math.max(0, options.gain ?? 0.2));
  let context: ToneAudioContextLike | null = null;
  try {
    context = create();
    const started = context;
    if (started.state !== 'running') {
      const resumed = await withDeadline(options.timeoutMs ?? 3000, () => started.resume(), timers);
      if (resumed === TIMED_OUT || started.state !== 'running') return 'blocked';
    }
    const oscillator = started.createOscillator();
    const gain = started.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = options.frequencyHz ?? 440;
    const at = started.currentTime;
    const seconds = durationMs / 1000;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(peak, at + 0.05);
    gain.gain.setValueAtTime(peak, at + Math.max(0.05, seconds - 0.05));
    gain.gain.linearRampToValueAtTime(0, at + seconds);
    oscillator.connect(gain as never);
    gain.connect(started.destination as never);
    oscillator.start(at);
    oscillator.stop(at + seconds);
    await sleep(durationMs, timers);
    oscillator.disconnect();
    gain.disconnect();
    return 'played';
  } catch {
    return 'error';
  } finally {
    void context?.close().catch(() => undefined);
  }
}
