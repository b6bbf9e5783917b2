/**
 * The what-if form's fields and their validation. A value is read only when it is a number in
 * range on the field's step; anything else is reported and leaves the figures as they were.
 */
import type { WhatIfChanges } from '@/domain/pay/what-if';
import type { PayPeriodInput } from '@/domain/pay/pay-input';

export type WhatIfField = 'overtime' | 'personal' | 'sick' | 'absence' | 'score';

export interface FieldRule {
  min: number;
  max: number;
  step: number;
}

export const WHAT_IF_RULES: Record<WhatIfField, FieldRule> = {
  overtime: { min: 0, max: 300, step: 0.5 },
  personal: { min: 0, max: 31, step: 0.5 },
  sick: { min: 0, max: 31, step: 0.5 },
  absence: { min: 0, max: 31, step: 0.5 },
  score: { min: 0, max: 100, step: 0.1 },
};

export type FieldProblem = 'range' | 'step';

/** The number typed, or why it cannot be used. */
export function readField(
  text: string,
  rule: FieldRule,
): { value: number } | { problem: FieldProblem } {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value) || value < rule.min || value > rule.max) {
    return { problem: 'range' };
  }
  const steps = value / rule.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) return { problem: 'step' };
  return { value };
}

/** The form's starting text: the period's own figures. */
export function initialFields(input: PayPeriodInput): Record<WhatIfField, string> {
  return {
    overtime: String(input.overtimeMinutes / 60),
    personal: String(input.leaveDays.personal),
    sick: String(input.leaveDays.sick),
    absence: String(input.leaveDays.absence),
    score:
      input.assessmentScore === null ? '' : String(Math.round(input.assessmentScore * 10) / 10),
  };
}

/** The changes the valid fields make; invalid fields (and an empty score) change nothing. */
export function changesFrom(values: Partial<Record<WhatIfField, number>>): WhatIfChanges {
  const leaveDays: WhatIfChanges['leaveDays'] = {};
  if (values.personal !== undefined) leaveDays.personal = values.personal;
  if (values.sick !== undefined) leaveDays.sick = values.sick;
  if (values.absence !== undefined) leaveDays.absence = values.absence;
  return {
    ...(values.overtime !== undefined && { overtimeMinutes: Math.round(values.overtime * 60) }),
    leaveDays,
    ...(values.score !== undefined && { assessmentScore: values.score }),
  };
}
