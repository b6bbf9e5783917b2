/**
 * Bounded building blocks of the wire format: every string, list and amount the server may send
 * has a limit here, so a hostile or broken server cannot fill the device or smuggle a float into
 * money.
 */
import { z } from 'zod';
import { ESCALATION_CATEGORIES } from '../policy/project-policy';
import { isFen, type Fen } from '../money';

import { WIRE_LIMITS } from './wire-limits';

export { WIRE_LIMITS };

/** Keys that could reach an object's prototype when a payload is copied naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export const idSchema = z.string().min(1).max(WIRE_LIMITS.idLength);
export const shortTextSchema = z.string().max(WIRE_LIMITS.shortTextLength);
export const longTextSchema = z.string().max(WIRE_LIMITS.longTextLength);
export const instantSchema = z.iso.datetime({ offset: true });
export const daySchema = z.iso.date();
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const timeZoneSchema = z.string().min(1).max(64);
export const countSchema = z.int().min(0);
export const percentSchema = z.number().min(0).max(1_000);
export const nullableIdSchema = idSchema.nullable();
/** Money: an integer number of fen within the safe-integer range, never a float. */
export const fenSchema = z.custom<Fen>((value) => isFen(value), { message: 'money/not-fen' });
export const safeKeySchema = idSchema.refine((key) => !FORBIDDEN_KEYS.has(key), 'forbidden key');
/** A SHA-256 digest as 64 lower-case hex digits (attachments, escalation log links). */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'not a lower-case hex SHA-256');

export function listSchema<T extends z.ZodType>(
  item: T,
  max: number = WIRE_LIMITS.smallListLength,
) {
  return z.array(item).max(max);
}

export function localizedTextSchema(maxLength: number = WIRE_LIMITS.longTextLength) {
  const text = z.string().max(maxLength);
  return z.strictObject({ en: text, 'zh-CN': text.optional(), 'zh-TW': text.optional() });
}

export const byLevelSchema = z.strictObject({
  base: fenSchema,
  'one-star': fenSchema,
  'two-star': fenSchema,
  'three-star': fenSchema,
});
export const escalationCategorySchema = z.enum(ESCALATION_CATEGORIES);
export const agentSyncStateSchema = z.enum(['pending', 'sent', 'rejected']);
export const decisionFields = {
  requestId: idSchema,
  status: z.enum(['approved', 'declined']),
  decidedAt: instantSchema,
  note: longTextSchema,
};
