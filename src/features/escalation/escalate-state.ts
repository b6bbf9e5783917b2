import { ESCALATION_CATEGORIES, type EscalationCategory } from '@/domain/policy/project-policy';

/**
 * What a link to the Escalate screen may carry in its navigation state: the screen it was pressed
 * on (the shell's button), the pay line of a "Dispute this line" link, and a category and
 * description prefilled by "Raise this" on a watch finding.
 */
export interface EscalateState {
  from: string | null;
  payLineId: string | null;
  category: EscalationCategory | null;
  description: string;
}

/** Reads navigation state defensively: it survives reloads and may come from an older version. */
export function readEscalateState(state: unknown): EscalateState {
  const value = (typeof state === 'object' && state !== null ? state : {}) as Record<
    string,
    unknown
  >;
  const text = (key: string) => (typeof value[key] === 'string' ? value[key] : null);
  const category = ESCALATION_CATEGORIES.find((option) => option === value.category) ?? null;
  const payLineId = text('payLineId');
  return {
    from: text('from'),
    payLineId,
    // A pay line is only ever attached to a pay dispute, so its link preselects that category.
    category: category ?? (payLineId ? 'pay-dispute' : null),
    description: text('description') ?? '',
  };
}
