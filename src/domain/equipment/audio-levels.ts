/**
 * Levels of microphone audio, computed from time-domain sample frames in memory (Web Audio's
 * `AnalyserNode#getFloatTimeDomainData`, values in −1…1). Nothing here keeps or sends audio.
 */
import type { SpeechAnalysis } from './readiness-measurements';

/** The quietest level reported: digital silence is −∞ dBFS, shown as this floor. */
export const MIN_DBFS = -100;
/** A frame at or below this level carries no signal at all. */
export const DEAD_DBFS = -90;
/** Samples that never move by more than this over the whole window are a flat (stuck) signal. */
export const FLAT_SAMPLE_RANGE = 1 / 32_768;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** RMS level of a frame in dBFS, one decimal, never below `MIN_DBFS`. */
export function rmsDbfs(samples: ArrayLike<number>): number {
  if (samples.length === 0) return MIN_DBFS;
  let sum = 0;
  for (let index = 0; index < samples.length; index += 1) {
    const sample = samples[index]!;
    sum += Number.isFinite(sample) ? sample * sample : 0;
  }
  const rms = Math.sqrt(sum / samples.length);
  if (rms === 0) return MIN_DBFS;
  return Math.max(MIN_DBFS, round1(20 * Math.log10(rms)));
}

/**
 * Follows a signal frame by frame without keeping any audio: only the loudest level and the
 * lowest and highest sample seen so far are held.
 */
export function createSpeechMeter() {
  let peak = MIN_DBFS;
  let low = Infinity;
  let high = -Infinity;
  let frames = 0;
  return {
    /** Takes one frame into account and returns its level in dBFS. */
    add(frame: ArrayLike<number>): number {
      const level = rmsDbfs(frame);
      peak = Math.max(peak, level);
      for (let index = 0; index < frame.length; index += 1) {
        const sample = frame[index]!;
        if (!Number.isFinite(sample)) continue;
        low = Math.min(low, sample);
        high = Math.max(high, sample);
      }
      frames += 1;
      return level;
    },
    /** The loudest frame, and whether the signal is dead (no signal) or flat (never moves). */
    result(): SpeechAnalysis {
      const isDead = peak <= DEAD_DBFS;
      const isFlat = !isDead && high - low <= FLAT_SAMPLE_RANGE;
      return { peakDbfs: peak, isDead, isFlat, frames };
    },
  };
}

/** `createSpeechMeter` over a list of frames. */
export function analyseSpeech(frames: readonly ArrayLike<number>[]): SpeechAnalysis {
  const meter = createSpeechMeter();
  for (const frame of frames) meter.add(frame);
  return meter.result();
}

/**
 * The room's noise floor: the median of the frame levels over a stretch of silence, so a cough
 * or a door does not decide it. `null` without any frame.
 */
export function noiseFloorDbfs(levels: readonly number[]): number | null {
  const sorted = levels.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return round1(median);
}

/** A level as 0–100 for a meter: `MIN_DBFS` → 0, 0 dBFS → 100. */
export function levelToMeterPercent(dbfs: number): number {
  if (!Number.isFinite(dbfs)) return 0;
  const clamped = Math.min(0, Math.max(MIN_DBFS, dbfs));
  return Math.round(((clamped - MIN_DBFS) / -MIN_DBFS) * 100);
}
