/**
 * Who receives an escalation and whom the agent can call at once. An escalation is never dropped:
 * a category the policy lacks (or no policy at all) falls back to the supervisor and the client
 * company's own channel, and a safety emergency always reaches the client, never only the vendor.
 */
import type { EmergencyNumber, EscalationRecipient, ProjectPolicy } from '../policy/project-policy';
import type { EscalationRouting } from './escalation';

/** Recipients when the policy has no usable route for a category (issue #4, "never dropped"). */
export const FALLBACK_RECIPIENTS: readonly EscalationRecipient[] = ['supervisor', 'client-channel'];

/**
 * Response time promised by the fallback route. Product decision: 15 minutes, the demo policy's
 * time for a customer at risk; a stricter policy route (5 minutes for safety) wins when it exists.
 */
export const FALLBACK_RESPONSE_MINUTES = 15;

/** The one category whose route must always include the client company (issue #4, DOMAIN.md). */
const SAFETY_CATEGORY = 'safety-emergency';

/**
 * Where an escalation of `category` goes under `policy`. `category` is a plain string so a category
 * from an older app version, or one the policy has since removed, still routes (to the fallback).
 * A route with no recipients or no positive response time is treated as missing.
 * @example routeEscalation(null, 'other') // supervisor + client-channel, 15 min, isFallback
 */
export function routeEscalation(policy: ProjectPolicy | null, category: string): EscalationRouting {
  const route = policy?.escalationRoutes.find(
    (candidate) =>
      candidate.category === category &&
      candidate.recipients.length > 0 &&
      Number.isFinite(candidate.responseMinutes) &&
      candidate.responseMinutes > 0,
  );
  const recipients = route ? [...route.recipients] : [...FALLBACK_RECIPIENTS];
  if (category === SAFETY_CATEGORY) recipients.push('client-channel');
  return {
    recipients: [...new Set(recipients)],
    responseMinutes: route?.responseMinutes ?? FALLBACK_RESPONSE_MINUTES,
    policyId: policy?.id ?? null,
    policyVersion: policy?.version ?? null,
    isFallback: route === undefined,
  };
}

/** A public service whose number the UI labels through its own translation key. */
export type PublicEmergencyService = 'police' | 'ambulance' | 'fire';

/**
 * A number to call: the policy's own (its label is the employer's free text, shown as is) or a
 * public one (its label is a stable key the UI translates, e.g. `escalation:emergency.police`).
 */
export type EmergencyContact =
  | { source: 'policy'; label: string; number: string }
  | { source: 'public'; label: PublicEmergencyService; number: string };

/** The public emergency numbers of mainland China, in the order the UI has always shown them. */
export const PUBLIC_EMERGENCY_NUMBERS: readonly EmergencyContact[] = [
  { source: 'public', label: 'police', number: '110' },
  { source: 'public', label: 'ambulance', number: '120' },
  { source: 'public', label: 'fire', number: '119' },
];

/** Spaces, dashes, dots and brackets do not change a number: "400-000 0000" is "4000000000". */
function normaliseNumber(number: string): string {
  return number.replace(/[\s\-.()]/g, '');
}

/**
 * The numbers to show for a safety emergency: the policy's first, then the public ones it does not
 * already list, each number once (the first label wins). Entries without a number are skipped.
 */
export function emergencyNumbersFor(policy: ProjectPolicy | null): EmergencyContact[] {
  const fromPolicy = (policy?.emergencyNumbers ?? []).map(
    (entry: EmergencyNumber): EmergencyContact => ({
      source: 'policy',
      label: entry.label,
      number: entry.number.trim(),
    }),
  );
  const seen = new Set<string>();
  return [...fromPolicy, ...PUBLIC_EMERGENCY_NUMBERS].filter((contact) => {
    const key = normaliseNumber(contact.number);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
