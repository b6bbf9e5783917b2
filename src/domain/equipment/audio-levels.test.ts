import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseSpeech,
  levelToMeterPercent,
  MIN_DBFS,
  noiseFloorDbfs,
  rmsDbfs,
} from './audio-levels';

const constant = (value: number, length = 256) => new Float32Array(length).fill(value);
const sine = (amplitude: number, length = 1024) =>
  Float32Array.from({ length }, (_, index) => amplitude * Math.sin((2 * Math.PI * index) / 64));

describe('rmsDbfs', () => {
  it.each([
    { name: 'full-scale square', frame: constant(1), dbfs: 0 },
    { name: 'half-scale constant', frame: constant(0.5), dbfs: -6 },
    { name: 'full-scale sine', frame: sine(1), dbfs: -3 },
    { name: 'digital silence', frame: constant(0), dbfs: MIN_DBFS },
    { name: 'an empty frame', frame: new Float32Array(0), dbfs: MIN_DBFS },
    { name: 'below the floor', frame: constant(1e-7), dbfs: MIN_DBFS },
  ])('$name → $dbfs dBFS', ({ frame, dbfs }) => {
    expect(rmsDbfs(frame)).toBe(dbfs);
  });

  it('stays within MIN_DBFS…0 for any samples in −1…1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: 1 }),
        (samples) => {
          const level = rmsDbfs(samples);
          return level >= MIN_DBFS && level <= 0;
        },
      ),
    );
  });
});

describe('analyseSpeech', () => {
  it.each([
    {
      name: 'speech',
      frames: [sine(0.001), sine(0.3), sine(0.01)],
      isDead: false,
      isFlat: false,
      peak: -13.5,
    },
    {
      name: 'a dead input (zeros)',
      frames: [constant(0), constant(0)],
      isDead: true,
      isFlat: false,
      peak: MIN_DBFS,
    },
    {
      name: 'a stuck input (constant)',
      frames: [constant(0.2), constant(0.2)],
      isDead: false,
      isFlat: true,
      peak: -14,
    },
    { name: 'no frames at all', frames: [], isDead: true, isFlat: false, peak: MIN_DBFS },
  ])('$name', ({ frames, isDead, isFlat, peak }) => {
    expect(analyseSpeech(frames)).toEqual({
      peakDbfs: peak,
      isDead,
      isFlat,
      frames: frames.length,
    });
  });
});

describe('noiseFloorDbfs', () => {
  it.each([
    { levels: [-70, -60, -65], floor: -65 },
    { levels: [-70, -60, -65, -20], floor: -62.5 },
    { levels: [-100, -100, -100, -10], floor: -100 },
    { levels: [], floor: null },
    { levels: [Number.NaN], floor: null },
  ])('$levels → $floor', ({ levels, floor }) => {
    expect(noiseFloorDbfs(levels)).toBe(floor);
  });
});

describe('levelToMeterPercent', () => {
  it.each([
    { dbfs: 0, percent: 100 },
    { dbfs: -50, percent: 50 },
    { dbfs: -100, percent: 0 },
    { dbfs: -120, percent: 0 },
    { dbfs: 6, percent: 100 },
    { dbfs: Number.NEGATIVE_INFINITY, percent: 0 },
  ])('$dbfs dBFS → $percent %', ({ dbfs, percent }) => {
    expect(levelToMeterPercent(dbfs)).toBe(percent);
  });
});
