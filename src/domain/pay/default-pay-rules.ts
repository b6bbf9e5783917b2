import { yuan } from '../money';
import type { PayRules } from './pay-rules';

/**
 * DOMAIN.md's pay rules as data: 21.75 days × 8 h (five on, two off) and 15.5 days × 12 h (one on,
 * one off), personal leave and absence deduct the full day, no bonus for a partial period, pay on
 * the 15th of the next month rolled to the nearest working day (earlier on a tie), the shipped
 * calendar, and the crowdsourced model at 15 CNY/h with the unpaid 18:00-19:00 dinner.
 */
export function defaultPayRules(): PayRules {
  return {
    workPatterns: {
      'five-on-two-off': { monthlyWorkdaysHundredths: 2175, hoursPerDay: 8 },
      'one-on-one-off': { monthlyWorkdaysHundredths: 1550, hoursPerDay: 12 },
    },
    personalLeaveDeductionPercent: 100,
    absenceDeductionPercent: 100,
    bonusRequiresFullPeriod: true,
    payDay: { monthsAfterPeriod: 1, roll: 'nearest-working-day-earlier-on-tie' },
    holidayCalendar: null,
    rewards: [],
    penalties: [],
    hourly: {
      ratePerHour: yuan(15),
      unpaidWindows: [{ start: '18:00', end: '19:00' }],
      perResult: [],
      upliftHolidays: ['spring-festival', 'national-day'],
      holidayMultiplierPercent: 200,
    },
  };
}
