import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './seeded-random';

const draw = (seed: string, count: number) => {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('seeded random', () => {
  it('repeats its sequence for the same seed and changes it for another', () => {
    expect(draw('2026-11-22', 20)).toEqual(draw('2026-11-22', 20));
    expect(draw('2026-11-22', 20)).not.toEqual(draw('2026-11-23', 20));
  });

  it('keeps every draw inside its range', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -50, max: 50 }),
        fc.nat(20),
        (seed, min, width) => {
          const random = createSeededRandom(seed);
          for (let index = 0; index < 50; index += 1) {
            const value = random.next();
            expect(value >= 0 && value < 1).toBe(true);
            const whole = random.int(min, min + width);
            expect(Number.isInteger(whole) && whole >= min && whole <= min + width).toBe(true);
          }
        },
      ),
    );
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = ['a', 'b', 'c', 'd', 'e'] as const;
    const shuffled = createSeededRandom('seed').shuffle(items);
    expect([...shuffled].sort()).toEqual([...items]);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createSeededRandom('seed').pick([])).toThrow('demo/pick-from-empty');
  });
});
