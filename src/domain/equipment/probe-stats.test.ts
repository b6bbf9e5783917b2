import { describe, expect, it } from 'vitest';
import { summarizeProbe, throughputKbps } from './probe-stats';

describe('summarizeProbe', () => {
  it.each([
    {
      name: 'five answers',
      rtts: [100, 120, 110, 130, 100],
      // |20| + |10| + |20| + |30| = 80 / 4
      expected: { sent: 5, received: 5, roundTripMs: 112, jitterMs: 20, lossPercent: 0 },
    },
    {
      name: 'one lost of five',
      rtts: [100, null, 140, 100, 120],
      expected: { sent: 5, received: 4, roundTripMs: 115, jitterMs: 33.3, lossPercent: 20 },
    },
    {
      name: 'a single answer has no jitter',
      rtts: [null, 90, null],
      expected: { sent: 3, received: 1, roundTripMs: 90, jitterMs: null, lossPercent: 66.7 },
    },
    {
      name: 'no answer',
      rtts: [null, null],
      expected: { sent: 2, received: 0, roundTripMs: null, jitterMs: null, lossPercent: 100 },
    },
    {
      name: 'nothing sent',
      rtts: [],
      expected: { sent: 0, received: 0, roundTripMs: null, jitterMs: null, lossPercent: 0 },
    },
  ])('$name', ({ rtts, expected }) => {
    expect(summarizeProbe('t', rtts, null)).toMatchObject({
      ...expected,
      downloadKbps: null,
      isDownloadComplete: false,
    });
  });

  it.each([
    { download: { bytes: 262_144, ms: 1000, isComplete: true }, kbps: 2097, isComplete: true },
    { download: { bytes: 12_500, ms: 4000, isComplete: false }, kbps: 25, isComplete: false },
    { download: { bytes: 0, ms: 4000, isComplete: false }, kbps: 0, isComplete: false },
    { download: null, kbps: null, isComplete: false },
  ])('download $download → $kbps kbit/s', ({ download, kbps, isComplete }) => {
    expect(summarizeProbe('t', [50], download)).toMatchObject({
      downloadKbps: kbps,
      isDownloadComplete: isComplete,
    });
  });
});

describe('throughputKbps', () => {
  it.each([
    { bytes: 125, ms: 1, kbps: 1000 },
    { bytes: 0, ms: 10, kbps: 0 },
    { bytes: 10, ms: 0, kbps: null },
    { bytes: -1, ms: 10, kbps: null },
    { bytes: Number.NaN, ms: 10, kbps: null },
  ])('$bytes bytes in $ms ms → $kbps', ({ bytes, ms, kbps }) => {
    expect(throughputKbps(bytes, ms)).toBe(kbps);
  });
});
