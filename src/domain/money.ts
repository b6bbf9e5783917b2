/**
 * Money is an integer count of fen (分, 1/100 CNY) carried in a branded type, so a bare number
 * cannot be mistaken for an amount. Arithmetic stays in integers; division goes through
 * `divideRoundHalfUp`, which works on bigint so no binary floating point ever touches money.
 */
declare const fenBrand: unique symbol;
export type Fen = number & { readonly [fenBrand]: 'Fen' };

export class MoneyError extends Error {
  constructor(readonly code: 'money/not-integer' | 'money/unsafe' | 'money/divide-by-zero') {
    super(code);
  }
}

/** Wraps a whole number of fen; throws on fractions and unsafe integers. */
export function fen(amount: number): Fen {
  if (!Number.isInteger(amount)) throw new MoneyError('money/not-integer');
  if (!Number.isSafeInteger(amount)) throw new MoneyError('money/unsafe');
  return amount as Fen;
}

/** Whole yuan to fen, e.g. `yuan(2800)` is 280 000 fen. */
export function yuan(amount: number): Fen {
  return fen(amount * 100);
}

export const ZERO_FEN: Fen = fen(0);

export function addFen(...amounts: readonly Fen[]): Fen {
  return fen(amounts.reduce<number>((total, amount) => total + amount, 0));
}

export function subtractFen(from: Fen, amount: Fen): Fen {
  return fen(from - amount);
}

export function negateFen(amount: Fen): Fen {
  return fen(amount === 0 ? 0 : -amount);
}

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/**
 * Rounds numerator ÷ denominator (both integers, in fen) half away from zero to a whole fen,
 * the rounding DOMAIN.md fixes for every pay line ("rounded half-up to the fen once").
 * @example divideRoundHalfUp(280000n * 10n * 3n, 2175n * 8n * 2n) // 2800 ÷ 21.75 ÷ 8 × 10 h × 1.5
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): Fen {
  if (denominator === 0n) throw new MoneyError('money/divide-by-zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return fen(Number(negative ? -quotient : quotient));
}
