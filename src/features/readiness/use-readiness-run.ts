import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ReadinessMeasurements,
  ToneMeasurement,
} from '@/domain/equipment/readiness-measurements';
import { measureBattery } from './checks/battery';
import { microphoneMeasurement, openMicrophone, type MicrophoneSession } from './checks/microphone';
import { readConnectionInfo } from './checks/network-information';
import { probeNetwork } from './checks/network-probe';
import type { ProbeTarget } from './checks/probe-target';
import { measureScreen } from './checks/screen';
import { detectSupport } from './checks/support';
import { playTestTone } from './checks/test-tone';

/** Where the microphone part of a run is: the agent is asked to speak, then to stay quiet. */
export type MicrophoneStep = 'idle' | 'asking' | 'speak' | 'quiet' | 'done';

export type TonePhase = 'idle' | 'playing' | 'asking' | 'answered';

export interface ReadinessRun {
  /** `finished` once every automatic check has resolved (the tone is the agent's separate step). */
  phase: 'idle' | 'running' | 'finished';
  isNetworkDone: boolean;
  microphoneStep: MicrophoneStep;
  /** The microphone's level now, in dBFS, while it is being measured. */
  level: number | null;
  tonePhase: TonePhase;
  measurements: ReadinessMeasurements;
  /** How long the last run of the automatic checks took, in milliseconds. */
  durationMs: number | null;
}

const IDLE: ReadinessRun = {
  phase: 'idle',
  isNetworkDone: false,
  microphoneStep: 'idle',
  level: null,
  tonePhase: 'idle',
  measurements: {},
  durationMs: null,
};

/**
 * Runs the automatic checks (network, device and microphone at once) and the test tone, keeping
 * what was measured so far. Audio stays in memory: the microphone session is closed when the run
 * ends, when a new run starts and when the screen goes away.
 */
export function useReadinessRun(target: ProbeTarget) {
  const [run, setRun] = useState<ReadinessRun>(IDLE);
  const sessionRef = useRef<MicrophoneSession | null>(null);
  const runIdRef = useRef(0);

  const closeSession = useCallback(() => {
    sessionRef.current?.close();
    sessionRef.current = null;
  }, []);

  useEffect(
    () => () => {
      // Leaving the screen stops a run under way and releases the microphone.
      runIdRef.current += 1;
      closeSession();
    },
    [closeSession],
  );

  const start = useCallback(async () => {
    closeSession();
    runIdRef.current += 1;
    const runId = runIdRef.current;
    const isCurrent = () => runIdRef.current === runId;
    const update = (change: (current: ReadinessRun) => Partial<ReadinessRun>) => {
      if (isCurrent()) setRun((current) => ({ ...current, ...change(current) }));
    };
    const measured = (more: ReadinessMeasurements) =>
      update((current) => ({ measurements: { ...current.measurements, ...more } }));

    const startedAt = performance.now();
    performance.mark('awb:readiness-checks-start');
    setRun((current) => ({
      ...IDLE,
      phase: 'running',
      microphoneStep: 'asking',
      // A tone already answered stays answered: running the checks again does not ask again.
      tonePhase: current.tonePhase === 'answered' ? 'answered' : 'idle',
      measurements: {
        ...(current.measurements.tone ? { tone: current.measurements.tone } : {}),
        support: detectSupport(),
        screen: measureScreen(),
        connection: readConnectionInfo(),
      },
    }));

    const network = probeNetwork({ target }).then((result) => {
      measured({ network: result });
      update(() => ({ isNetworkDone: true }));
    });
    const battery = measureBattery().then((result) => measured({ battery: result }));
    const microphone = (async () => {
      const opened = await openMicrophone();
      if (opened.access !== 'granted') {
        measured({ microphone: microphoneMeasurement(opened.access) });
        return;
      }
      const { session } = opened;
      if (!isCurrent()) {
        session.close();
        return;
      }
      sessionRef.current = session;
      const onLevel = (dbfs: number) => update(() => ({ level: dbfs }));
      try {
        update(() => ({ microphoneStep: 'speak' }));
        const speech = await session.measureSpeech({ onLevel });
        if (!isCurrent()) return;
        update(() => ({ microphoneStep: 'quiet' }));
        const noiseFloor = await session.measureNoiseFloor({ onLevel });
        measured({ microphone: microphoneMeasurement('granted', speech, noiseFloor) });
      } finally {
        if (sessionRef.current === session) closeSession();
      }
    })();

    await Promise.all([network, battery, microphone]);
    if (!isCurrent()) return;
    performance.mark('awb:readiness-checks-end');
    update(() => ({
      phase: 'finished',
      microphoneStep: 'done',
      level: null,
      durationMs: Math.round(performance.now() - startedAt),
    }));
  }, [target, closeSession]);

  const playTone = useCallback(async () => {
    setRun((current) => ({ ...current, tonePhase: 'playing' }));
    const playback = await playTestTone();
    setRun((current) => {
      const tone: ToneMeasurement = { playback, isHeard: null };
      return {
        ...current,
        tonePhase: playback === 'played' ? 'asking' : 'answered',
        measurements: { ...current.measurements, tone },
      };
    });
  }, []);

  const answerTone = useCallback((isHeard: boolean) => {
    setRun((current) => ({
      ...current,
      tonePhase: 'answered',
      measurements: {
        ...current.measurements,
        tone: { playback: current.measurements.tone?.playback ?? 'played', isHeard },
      },
    }));
  }, []);

  return { run, start, playTone, answerTone };
}
