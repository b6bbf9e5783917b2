import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, localDayOf, offsetMinutesOf, wallClockOf } from './zoned-time';

describe('wallClockOf', () => {
  it.each([
    // Berlin springs forward at 01:00Z on 2026-03-29: 01:59 CET is followed by 03:00 CEST.
    ['2026-03-29T00:59:00Z', 'Europe/Berlin', { day: '2026-03-29', time: '01:59' }],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', { day: '2026-03-29', time: '03:00' }],
    ['2026-11-20T16:00:00Z', 'Asia/Shanghai', { day: '2026-11-21', time: '00:00' }],
  ])('reads %s in %s', (instant, zone, expected) => {
    expect(wallClockOf(Date.parse(instant), zone)).toEqual(expected);
    expect(localDayOf(instant, zone)).toBe(expected.day);
  });
});

describe('offsetMinutesOf', () => {
  it.each([
    ['2026-11-20T12:00:00Z', 'Asia/Shanghai', 480],
    ['2026-11-20T12:00:00Z', 'UTC', 0],
    ['2026-03-29T00:59:00Z', 'Europe/Berlin', 60],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', 120],
    // New York falls back at 06:00Z on 2026-11-01 (02:00 EDT becomes 01:00 EST).
    ['2026-11-01T05:59:00Z', 'America/New_York', -240],
    ['2026-11-01T06:00:00Z', 'America/New_York', -300],
    ['2026-11-20T12:00:00Z', 'Asia/Kolkata', 330],
    ['2026-11-20T12:00:30.500Z', 'Asia/Kathmandu', 345],
  ])('at %s %s is UTC%+i min', (instant, zone, offset) => {
    expect(offsetMinutesOf(Date.parse(instant), zone)).toBe(offset);
  });
});

describe('isKnownTimeZone', () => {
  it.each([
    ['Asia/Shanghai', true],
    ['Europe/Berlin', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['+08:00 Beijing', false],
  ])('%s → %s', (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
    // The second answer comes from the cache and agrees.
    expect(isKnownTimeZone(zone)).toBe(known);
  });
});
