/** Strict wire schema of a policy's pay rules (schema 4, issue #5); see pay/pay-rules.ts. */
import { z } from 'zod';
import type { PayRules } from '../pay/pay-rules';
import {
  daySchema,
  fenSchema,
  idSchema,
  listSchema,
  localizedTextSchema,
  percentSchema,
  WIRE_LIMITS,
} from './wire-primitives';

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not HH:mm');

const holidayNameSchema = z.enum([
  'new-year',
  'spring-festival',
  'qingming',
  'labour-day',
  'dragon-boat',
  'mid-autumn',
  'national-day',
]);

const workPatternRatesSchema = z.strictObject({
  monthlyWorkdaysHundredths: z.int().min(1).max(3_100),
  hoursPerDay: z.int().min(1).max(24),
});

const holidayCalendarSchema = z.strictObject({
  id: idSchema,
  years: listSchema(
    z.strictObject({
      year: z.int().min(1_900).max(2_999),
      blocks: listSchema(
        z.strictObject({
          name: holidayNameSchema,
          days: listSchema(daySchema),
          statutoryDays: listSchema(daySchema),
        }),
      ),
      makeUpWorkdays: listSchema(daySchema),
      isProvisional: z.boolean(),
    }),
  ),
});

const ruleTextSchema = localizedTextSchema(WIRE_LIMITS.longTextLength);

export const payRulesSchema = z.strictObject({
  workPatterns: z.strictObject({
    'five-on-two-off': workPatternRatesSchema,
    'one-on-one-off': workPatternRatesSchema,
  }),
  personalLeaveDeductionPercent: percentSchema,
  absenceDeductionPercent: percentSchema,
  bonusRequiresFullPeriod: z.boolean(),
  payDay: z.strictObject({
    monthsAfterPeriod: z.int().min(0).max(12),
    roll: z.literal('nearest-working-day-earlier-on-tie'),
  }),
  holidayCalendar: holidayCalendarSchema.nullable(),
  rewards: listSchema(
    z.strictObject({
      id: idSchema,
      kind: z.enum(['full-attendance', 'per-occurrence']),
      amount: fenSchema,
      text: ruleTextSchema,
    }),
  ),
  penalties: listSchema(z.strictObject({ id: idSchema, amount: fenSchema, text: ruleTextSchema })),
  hourly: z
    .strictObject({
      ratePerHour: fenSchema,
      unpaidWindows: listSchema(z.strictObject({ start: clockTimeSchema, end: clockTimeSchema })),
      perResult: listSchema(
        z.strictObject({ id: idSchema, amount: fenSchema, text: ruleTextSchema }),
      ),
      upliftHolidays: listSchema(holidayNameSchema),
      holidayMultiplierPercent: percentSchema,
    })
    .nullable(),
}) satisfies z.ZodType<PayRules>;
