import { describe, expect, it, vi } from 'vitest';
import { MIN_DBFS } from '@/domain/equipment/audio-levels';
import {
  microphoneMeasurement,
  openMicrophone,
  type MicrophoneAudioContextLike,
  type MicrophoneDeps,
} from './microphone';
import { nextTaskTimers } from './test-timers';

function fakeStream(trackCount = 1) {
  const tracks = Array.from({ length: trackCount }, () => ({ stop: vi.fn() }));
  const stream = {
    getTracks: () => tracks,
    getAudioTracks: () => tracks,
  } as unknown as MediaStream;
  return { stream, tracks };
}

/** An audio context whose analyser hands out the frames of `frameOf(call)`. */
function fakeContext(frameOf: (call: number) => number, state = 'running') {
  let calls = 0;
  const connections: unknown[] = [];
  const analyser = {
    fftSize: 0,
    getFloatTimeDomainData: (array: Float32Array) => {
      const value = frameOf(calls++);
      for (let index = 0; index < array.length; index += 1) {
        array[index] = value * (index % 2 === 0 ? 1 : -1);
      }
    },
  };
  const context = {
    state,
    resume: vi.fn(() => new Promise<void>(() => undefined)),
    close: vi.fn(() => Promise.resolve()),
    createAnalyser: () => analyser,
    createMediaStreamSource: () => ({
      connect: (node: unknown) => connections.push(node),
      disconnect: vi.fn(),
    }),
  };
  return { context: context as MicrophoneAudioContextLike & typeof context, analyser, connections };
}

function deps(fields: Partial<MicrophoneDeps>): Partial<MicrophoneDeps> {
  return { timers: nextTaskTimers(), ...fields };
}

const domError = (name: string) => Object.assign(new Error(name), { name });

describe('openMicrophone', () => {
  it('says unsupported without getUserMedia or Web Audio', async () => {
    const { context } = fakeContext(() => 0);
    await expect(
      openMicrophone({ deps: deps({ getUserMedia: null, createAudioContext: () => context }) }),
    ).resolves.toEqual({ access: 'unsupported' });
    await expect(
      openMicrophone({
        deps: deps({
          getUserMedia: () => Promise.resolve(fakeStream().stream),
          createAudioContext: null,
        }),
      }),
    ).resolves.toEqual({ access: 'unsupported' });
  });

  it.each([
    { error: 'NotAllowedError', access: 'denied' },
    { error: 'SecurityError', access: 'denied' },
    { error: 'NotFoundError', access: 'no-device' },
    { error: 'OverconstrainedError', access: 'no-device' },
    { error: 'NotReadableError', access: 'error' },
    { error: 'AbortError', access: 'error' },
  ])('$error → $access', async ({ error, access }) => {
    const { context } = fakeContext(() => 0);
    const result = await openMicrophone({
      deps: deps({
        getUserMedia: () => Promise.reject(domError(error)),
        createAudioContext: () => context,
      }),
    });
    expect(result).toEqual({ access });
  });

  it('gives up on a prompt left unanswered and stops a late grant', async () => {
    const { stream, tracks } = fakeStream();
    let grant: (stream: MediaStream) => void = () => undefined;
    const { context } = fakeContext(() => 0);
    const result = await openMicrophone({
      timeoutMs: 20_000,
      deps: deps({
        getUserMedia: () => new Promise((resolve) => (grant = resolve)),
        createAudioContext: () => context,
      }),
    });
    expect(result).toEqual({ access: 'timeout' });
    grant(stream);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tracks[0]!.stop).toHaveBeenCalled();
  });

  it('a stream without an audio track is no microphone', async () => {
    const { stream } = fakeStream(0);
    const { context } = fakeContext(() => 0);
    const result = await openMicrophone({
      deps: deps({
        getUserMedia: () => Promise.resolve(stream),
        createAudioContext: () => context,
      }),
    });
    expect(result).toEqual({ access: 'no-device' });
  });

  it('an audio context that will not start is an error, and the microphone is released', async () => {
    const { stream, tracks } = fakeStream();
    const { context } = fakeContext(() => 0, 'suspended');
    const result = await openMicrophone({
      deps: deps({
        getUserMedia: () => Promise.resolve(stream),
        createAudioContext: () => context,
      }),
    });
    expect(result).toEqual({ access: 'error' });
    expect(tracks[0]!.stop).toHaveBeenCalled();
  });

  it('measures speech and the noise floor, feeding the meter, sending audio nowhere', async () => {
    const { stream, tracks } = fakeStream();
    // Speech frames at 0.1 and 0.5 (−20 and −6 dBFS), then a room at 0.001 (−60 dBFS).
    const { context, analyser, connections } = fakeContext((call) =>
      call < 10 ? (call % 2 === 0 ? 0.1 : 0.5) : 0.001,
    );
    const getUserMedia = vi.fn(() => Promise.resolve(stream));
    const opened = await openMicrophone({
      deps: deps({ getUserMedia, createAudioContext: () => context }),
    });
    expect(opened.access).toBe('granted');
    if (opened.access !== 'granted') return;
    expect(getUserMedia).toHaveBeenCalledWith({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
      video: false,
    });
    expect(connections).toEqual([analyser]);

    const levels: number[] = [];
    const speech = await opened.session.measureSpeech({
      durationMs: 500,
      intervalMs: 50,
      onLevel: (l) => levels.push(l),
    });
    expect(speech).toEqual({ peakDbfs: -6, isDead: false, isFlat: false, frames: 10 });
    expect(levels).toHaveLength(10);

    const floor = await opened.session.measureNoiseFloor({ durationMs: 300, intervalMs: 50 });
    expect(floor).toBe(-60);

    opened.session.close();
    opened.session.close();
    expect(tracks[0]!.stop).toHaveBeenCalledTimes(1);
    expect(context.close).toHaveBeenCalledTimes(1);
    expect(opened.session.level()).toBe(MIN_DBFS);
  });

  it('reports a dead microphone (all zeros)', async () => {
    const { stream } = fakeStream();
    const { context } = fakeContext(() => 0);
    const opened = await openMicrophone({
      deps: deps({
        getUserMedia: () => Promise.resolve(stream),
        createAudioContext: () => context,
      }),
    });
    if (opened.access !== 'granted') throw new Error('expected a session');
    await expect(opened.session.measureSpeech({ durationMs: 200 })).resolves.toMatchObject({
      isDead: true,
      peakDbfs: MIN_DBFS,
    });
  });

  it('stops measuring when closed mid-way', async () => {
    const { stream } = fakeStream();
    const { context } = fakeContext(() => 0.2);
    const opened = await openMicrophone({
      deps: deps({
        getUserMedia: () => Promise.resolve(stream),
        createAudioContext: () => context,
      }),
    });
    if (opened.access !== 'granted') throw new Error('expected a session');
    const measuring = opened.session.measureSpeech({ durationMs: 10_000, intervalMs: 50 });
    opened.session.close();
    await expect(measuring).resolves.toMatchObject({ frames: 0 });
  });
});

describe('microphoneMeasurement', () => {
  it('keeps figures only for a granted microphone', () => {
    const speech = { peakDbfs: -10, isDead: false, isFlat: false, frames: 3 };
    expect(microphoneMeasurement('granted', speech, -60)).toEqual({
      access: 'granted',
      speech,
      noiseFloorDbfs: -60,
    });
    expect(microphoneMeasurement('denied', speech, -60)).toEqual({
      access: 'denied',
      speech: null,
      noiseFloorDbfs: null,
    });
    expect(microphoneMeasurement('granted')).toEqual({
      access: 'granted',
      speech: null,
      noiseFloorDbfs: null,
    });
  });
});
