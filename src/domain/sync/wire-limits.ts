/**
 * Upper bounds of the wire format; a value beyond them is a malformed payload. Apart from the
 * zod schemas of wire-primitives.ts so that code on the start-up path can use them without zod.
 */
export const WIRE_LIMITS = {
  idLength: 128,
  shortTextLength: 200,
  longTextLength: 10_000,
  markdownLength: 200_000,
  smallListLength: 64,
  largeListLength: 1_000,
} as const;
