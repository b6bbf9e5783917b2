/**
 * Measurements of a device that passes every check with the default policy, for tests: each
 * test changes the one figure it is about.
 */
import type { ReadinessMeasurements } from './readiness-measurements';
import type { ChecklistInput } from './readiness-verdict';
import { defaultReadinessPolicy } from './default-readiness-policy';

export function passingMeasurements(): Required<ReadinessMeasurements> {
  return {
    network: {
      isOnline: true,
      probe: {
        target: 'https://example.test/api/probe',
        sent: 5,
        received: 5,
        roundTripMs: 80,
        jitterMs: 5,
        lossPercent: 0,
        downloadKbps: 20_000,
        isDownloadComplete: true,
      },
    },
    connection: {
      isSupported: true,
      type: 'ethernet',
      effectiveType: '4g',
      roundTripMs: 50,
      downlinkKbps: 10_000,
    },
    microphone: {
      access: 'granted',
      speech: { peakDbfs: -20, isDead: false, isFlat: false, frames: 60 },
      noiseFloorDbfs: -65,
    },
    tone: { playback: 'played', isHeard: true },
    battery: { isSupported: true, percent: 80, isCharging: false },
    screen: {
      widthPx: 1920,
      heightPx: 1080,
      viewportWidthPx: 1280,
      viewportHeightPx: 800,
      pixelRatio: 1,
    },
    support: { microphoneCapture: true, webRtc: true, webAudio: true },
  };
}

/** Every item of the default checklist confirmed. */
export function confirmedChecklist(): ChecklistInput[] {
  return defaultReadinessPolicy().checklist.map((item) => ({ itemId: item.id, isConfirmed: true }));
}
