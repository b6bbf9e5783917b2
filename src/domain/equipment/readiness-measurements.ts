/**
 * What the browser measured for a readiness report, as the measurement modules in
 * `src/features/readiness/checks/` return it and `judgeReadiness` reads it. Only these figures
 * are kept: audio is analysed in memory and never recorded or sent (issue #9, "Privacy").
 */

/** The active probe's figures over a short series of requests. */
export interface ProbeSummary {
  /** The URL probed (the sync backend's `/api/probe` or the app's own `/probe.bin`). */
  target: string;
  sent: number;
  received: number;
  /** Mean round trip of the answered pings; `null` when none was answered. */
  roundTripMs: number | null;
  /** Mean difference between consecutive answered round trips; `null` below two answers. */
  jitterMs: number | null;
  lossPercent: number;
  /** Bytes received over the time taken; `null` when the download could not start. */
  downloadKbps: number | null;
  /** `false` when the download timed out or broke off (the figure is then a lower bound). */
  isDownloadComplete: boolean;
}

export interface NetworkMeasurement {
  isOnline: boolean;
  /** `null` when the probe did not run because the device was offline. */
  probe: ProbeSummary | null;
}

/** The Network Information API's view (Chromium only); `isSupported: false` elsewhere. */
export interface ConnectionEstimate {
  isSupported: boolean;
  /** e.g. `ethernet`, `wifi`, `cellular` (few platforms expose it). */
  type: string | null;
  /** e.g. `4g`, `3g`. */
  effectiveType: string | null;
  roundTripMs: number | null;
  downlinkKbps: number | null;
}

export type MicrophoneAccess =
  'granted' | 'denied' | 'no-device' | 'unsupported' | 'timeout' | 'error';

/** The microphone's signal while the agent spoke. */
export interface SpeechAnalysis {
  /** Loudest frame's RMS level, in dBFS (`MIN_DBFS` for silence). */
  peakDbfs: number;
  /** No signal at all: every frame at or below the dead level. */
  isDead: boolean;
  /** A signal that never moves (a stuck or constant input), not a live microphone. */
  isFlat: boolean;
  frames: number;
}

export interface MicrophoneMeasurement {
  access: MicrophoneAccess;
  speech: SpeechAnalysis | null;
  /** The room's level over a few seconds of silence, in dBFS. */
  noiseFloorDbfs: number | null;
}

/** `blocked`: the browser would not start audio (autoplay rules, a suspended context). */
export type TonePlayback = 'played' | 'unsupported' | 'blocked' | 'error';

export interface ToneMeasurement {
  playback: TonePlayback;
  /** The agent's answer to "did you hear the tone?"; `null` when not answered. */
  isHeard: boolean | null;
}

export interface BatteryMeasurement {
  isSupported: boolean;
  /** 0–100. */
  percent: number | null;
  isCharging: boolean | null;
}

export interface ScreenMeasurement {
  widthPx: number;
  heightPx: number;
  viewportWidthPx: number;
  viewportHeightPx: number;
  pixelRatio: number;
}

/** Whether the browser supports what the work needs. */
export interface SupportMeasurement {
  microphoneCapture: boolean;
  webRtc: boolean;
  webAudio: boolean;
}

/** Everything measured so far; a key left out means "not measured", which the verdict says. */
export interface ReadinessMeasurements {
  network?: NetworkMeasurement;
  connection?: ConnectionEstimate;
  microphone?: MicrophoneMeasurement;
  tone?: ToneMeasurement;
  battery?: BatteryMeasurement;
  screen?: ScreenMeasurement;
  support?: SupportMeasurement;
}
