import { describe, expect, it } from 'vitest';
import { fen } from '@/domain/money';
import {
  fenToDecimalString,
  formatDay,
  formatDurationMinutes,
  formatMoney,
  formatPercent,
  formatTime,
} from './format';

describe('format', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [24_138, '241.38'],
    [-20_000, '-200.00'],
    [123_456_789, '1234567.89'],
  ])('writes %i fen as %s', (amount, expected) => {
    expect(fenToDecimalString(fen(amount))).toBe(expected);
  });

  it.each([
    ['en', 24_138, 'CN¥241.38'],
    ['zh-CN', 24_138, '¥241.38'],
    ['zh-CN', -20_000, '-¥200.00'],
    ['en', 123_456_789, 'CN¥1,234,567.89'],
  ])('formats money in %s', (language, amount, expected) => {
    expect(formatMoney(fen(amount), language)).toBe(expected);
  });

  it('shows shift times in the project zone whatever the device zone', () => {
    expect(formatTime('2026-11-22T14:00:00Z', 'en', 'Asia/Shanghai')).toBe('22:00');
  });

  it('formats percentages and days in the active language', () => {
    expect(formatPercent(0.955, 'en')).toBe('95.5%');
    expect(formatDay('2026-11-22', 'zh-CN')).toContain('11月22日');
  });

  it('writes durations with both units only when both are non-zero', () => {
    expect(formatDurationMinutes(270, 'en')).toBe('4 hr 30 min');
    expect(formatDurationMinutes(240, 'en')).toBe('4 hr');
  });
});
