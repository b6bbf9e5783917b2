/**
 * Figures of the active network probe (issue #9): round trip, jitter and loss over a short series
 * of requests, and download throughput. Jitter is the mean absolute difference between
 * consecutive answered round trips, as pre-call tests report it.
 */
import type { ProbeSummary } from './readiness-measurements';

/** One timed download: bytes received, over how long, and whether it finished. */
export interface DownloadSample {
  bytes: number;
  ms: number;
  isComplete: boolean;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Kilobits per second (1 kbit = 1000 bits); `null` when nothing measurable happened. */
export function throughputKbps(bytes: number, ms: number): number | null {
  if (!(ms > 0) || !(bytes >= 0) || !Number.isFinite(bytes) || !Number.isFinite(ms)) return null;
  return Math.round((bytes * 8) / ms);
}

/**
 * Summarises a probe: `roundTrips` holds each ping's round trip in ms, or `null` for a ping that
 * got no answer in time (lost). `download` is `null` when the download could not start.
 */
export function summarizeProbe(
  target: string,
  roundTrips: readonly (number | null)[],
  download: DownloadSample | null,
): ProbeSummary {
  const answered = roundTrips.filter((rtt): rtt is number => rtt !== null && Number.isFinite(rtt));
  const sent = roundTrips.length;
  const mean = (values: readonly number[]) =>
    values.reduce((total, value) => total + value, 0) / values.length;
  const differences = answered.slice(1).map((rtt, index) => Math.abs(rtt - answered[index]!));
  const downloadKbps =
    download && download.bytes > 0
      ? throughputKbps(download.bytes, download.ms)
      : download
        ? 0
        : null;
  return {
    target,
    sent,
    received: answered.length,
    roundTripMs: answered.length > 0 ? round1(mean(answered)) : null,
    jitterMs: differences.length > 0 ? round1(mean(differences)) : null,
    lossPercent: sent > 0 ? round1(((sent - answered.length) / sent) * 100) : 0,
    downloadKbps,
    isDownloadComplete: download?.isComplete ?? false,
  };
}
