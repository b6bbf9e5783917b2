/**
 * The microphone check (issue #9): permission, a live level while the agent speaks, detection of
 * a dead or flat signal, and the room's noise floor over a few seconds of silence. The stream goes
 * into a Web Audio analyser only — never to a recorder, never to the speakers, never over the
 * network — and each frame is reduced to figures at once and dropped. Browser noise suppression,
 * echo cancellation and gain control are asked off so the room is measured as it is.
 */
import {
  createSpeechMeter,
  MIN_DBFS,
  noiseFloorDbfs,
  rmsDbfs,
} from '@/domain/equipment/audio-levels';
import type {
  MicrophoneAccess,
  MicrophoneMeasurement,
  SpeechAnalysis,
} from '@/domain/equipment/readiness-measurements';
import { realTimers, sleep, TIMED_OUT, withDeadline, type Timers } from './deadline';

/** The parts of Web Audio the check uses (real `AudioContext` satisfies it; tests fake it). */
export interface AnalyserLike {
  fftSize: number;
  getFloatTimeDomainData(array: Float32Array<ArrayBuffer>): void;
}
export interface MicrophoneAudioContextLike {
  state: string;
  resume(): Promise<void>;
  close(): Promise<void>;
  createMediaStreamSource(stream: MediaStream): {
    connect(node: never): unknown;
    disconnect(): void;
  };
  createAnalyser(): AnalyserLike;
}

export interface MicrophoneDeps {
  getUserMedia: ((constraints: MediaStreamConstraints) => Promise<MediaStream>) | null;
  createAudioContext: (() => MicrophoneAudioContextLike) | null;
  timers: Timers;
}

export interface MicrophoneOptions {
  /** How long the permission prompt and device start may take (default 20 s). */
  timeoutMs?: number;
  deps?: Partial<MicrophoneDeps>;
}

export interface MeasureOptions {
  /** Default 3000 ms. */
  durationMs?: number;
  /** Time between frames (default 50 ms). */
  intervalMs?: number;
  /** Each frame's level in dBFS, for a live meter. */
  onLevel?: (dbfs: number) => void;
}

export interface MicrophoneSession {
  /** The level right now, in dBFS (`MIN_DBFS` once closed). */
  level(): number;
  /** Follows the signal while the agent speaks. */
  measureSpeech(options?: MeasureOptions): Promise<SpeechAnalysis>;
  /** The room's level over a stretch of silence (median of frame levels), in dBFS. */
  measureNoiseFloor(options?: MeasureOptions): Promise<number | null>;
  /** Stops the microphone and the audio context; safe to call more than once. */
  close(): void;
}

export type OpenMicrophoneResult =
  | { access: 'granted'; session: MicrophoneSession }
  | { access: Exclude<MicrophoneAccess, 'granted'> };

function defaultDeps(): MicrophoneDeps {
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  const AudioContextClass =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ??
        (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
  return {
    getUserMedia:
      typeof media?.getUserMedia === 'function'
        ? (constraints) => media.getUserMedia(constraints)
        : null,
    createAudioContext: AudioContextClass
      ? () => new AudioContextClass() as unknown as MicrophoneAudioContextLike
      : null,
    timers: realTimers,
  };
}

/** The access outcome a `getUserMedia` rejection means. */
export function accessFromError(error: unknown): Exclude<MicrophoneAccess, 'granted' | 'timeout'> {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') {
    return 'denied';
  }
  if (
    name === 'NotFoundError' ||
    name === 'OverconstrainedError' ||
    name === 'DevicesNotFoundError'
  ) {
    return 'no-device';
  }
  if (name === 'TypeError' || name === 'NotSupportedError') return 'unsupported';
  return 'error';
}

const stopStream = (stream: MediaStream) => {
  for (const track of stream.getTracks()) track.stop();
};

/**
 * Asks for the microphone and starts the analyser. Call from a user gesture (a click), so the
 * audio context may start. Never rejects; a prompt left unanswered past `timeoutMs` gives `timeout`.
 */
export async function openMicrophone(
  options: MicrophoneOptions = {},
): Promise<OpenMicrophoneResult> {
  const deps = { ...defaultDeps(), ...options.deps };
  const { getUserMedia, createAudioContext, timers } = deps;
  if (!getUserMedia || !createAudioContext) return { access: 'unsupported' };
  const timeoutMs = options.timeoutMs ?? 20_000;

  let stream: MediaStream;
  try {
    const pending = getUserMedia({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
      video: false,
    });
    const result = await withDeadline(timeoutMs, () => pending, timers);
    if (result === TIMED_OUT) {
      // A grant after the timeout must not leave the microphone on.
      pending.then(stopStream, () => undefined);
      return { access: 'timeout' };
    }
    stream = result;
  } catch (error) {
    return { access: accessFromError(error) };
  }
  if (stream.getAudioTracks().length === 0) {
    stopStream(stream);
    return { access: 'no-device' };
  }

  let context: MicrophoneAudioContextLike;
  let analyser: AnalyserLike;
  let source: ReturnType<MicrophoneAudioContextLike['createMediaStreamSource']>;
  try {
    context = createAudioContext();
    if (context.state !== 'running') {
      const resumed = await withDeadline(2000, () => context.resume(), timers);
      if (resumed === TIMED_OUT || context.state !== 'running') throw new Error('audio/suspended');
    }
    analyser = context.createAnalyser();
    analyser.fftSize = 2048;
    source = context.createMediaStreamSource(stream);
    // To the analyser only: not to `context.destination` (no playback), no recorder.
    source.connect(analyser as never);
  } catch {
    stopStream(stream);
    return { access: 'error' };
  }

  const frame = new Float32Array(analyser.fftSize);
  let isClosed = false;
  const readLevel = (): number => {
    if (isClosed) return MIN_DBFS;
    analyser.getFloatTimeDomainData(frame);
    return rmsDbfs(frame);
  };

  /** Calls `take` on each frame, `durationMs / intervalMs` times, stopping early when closed. */
  async function sample(measure: MeasureOptions, take: (samples: Float32Array) => number) {
    const intervalMs = Math.max(1, measure.intervalMs ?? 50);
    const count = Math.max(1, Math.round((measure.durationMs ?? 3000) / intervalMs));
    for (let index = 0; index < count && !isClosed; index += 1) {
      await sleep(intervalMs, timers);
      if (isClosed) break;
      analyser.getFloatTimeDomainData(frame);
      // Not `onLevel?.(take(frame))`: without a listener that would skip the frame entirely.
      const level = take(frame);
      measure.onLevel?.(level);
    }
  }

  const session: MicrophoneSession = {
    level: readLevel,
    async measureSpeech(measure = {}) {
      const meter = createSpeechMeter();
      await sample(measure, (samples) => meter.add(samples));
      return meter.result();
    },
    async measureNoiseFloor(measure = {}) {
      const levels: number[] = [];
      await sample(measure, (samples) => {
        const level = rmsDbfs(samples);
        levels.push(level);
        return level;
      });
      return noiseFloorDbfs(levels);
    },
    close() {
      if (isClosed) return;
      isClosed = true;
      try {
        source.disconnect();
      } catch {
        // Already disconnected.
      }
      stopStream(stream);
      void context.close().catch(() => undefined);
    },
  };
  return { access: 'granted', session };
}

/** The measurement the verdict reads, from what the microphone check found. */
export function microphoneMeasurement(
  access: MicrophoneAccess,
  speech: SpeechAnalysis | null = null,
  noiseFloor: number | null = null,
): MicrophoneMeasurement {
  return {
    access,
    speech: access === 'granted' ? speech : null,
    noiseFloorDbfs: access === 'granted' ? noiseFloor : null,
  };
}
