import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFen, divideRoundHalfUp, fen, MoneyError, negateFen, subtractFen, yuan } from './money';

describe('money', () => {
  it.each([
    { numerator: 5n, denominator: 2n, expected: 3 },
    { numerator: -5n, denominator: 2n, expected: -3 },
    { numerator: 4n, denominator: 3n, expected: 1 },
    { numerator: 7n, denominator: -2n, expected: -4 },
    // 2 800 ÷ 21.75 ÷ 8 × 10 h × 1.5 = 241.379… yuan → 24 138 fen
    { numerator: 280_000n * 100n * 10n * 15n, denominator: 2175n * 8n * 10n, expected: 24_138 },
  ])(
    'rounds $numerator / $denominator half away from zero to $expected fen',
    ({ numerator, denominator, expected }) => {
      expect(divideRoundHalfUp(numerator, denominator)).toBe(expected);
    },
  );

  it.each([0.5, 1.1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s as fen', (value) => {
    expect(() => fen(value)).toThrow(MoneyError);
  });

  it('refuses to divide by zero', () => {
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow('money/divide-by-zero');
  });

  it('converts whole yuan to fen', () => {
    expect(yuan(2800)).toBe(280_000);
  });

  it('adds, subtracts and negates without leaving the integers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 30 }), (values) => {
        const amounts = values.map(fen);
        const total = addFen(...amounts);
        expect(Number.isInteger(total)).toBe(true);
        expect(subtractFen(total, total)).toBe(0);
        expect(addFen(total, negateFen(total))).toBe(0);
      }),
    );
  });

  it('rounds every quotient to within half a fen of the exact value', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const rounded = BigInt(divideRoundHalfUp(n, d));
          const distanceTimesTwo = (rounded * d - n) * 2n;
          expect(distanceTimesTwo <= d && distanceTimesTwo >= -d).toBe(true);
        },
      ),
    );
  });
});
