/**
 * The fields schema 3 added to an escalation raised before it: the fallback route and no log link.
 * Shared by the server's translation and migration and the device's database upgrade, so all
 * agree. Kept apart from the wire schemas so the device's start-up does not load zod for it.
 */
import { routeEscalation } from './escalation-routing';

export function upgradeEscalationFields<T extends { category: string }>(
  escalation: T,
): T & { routing: ReturnType<typeof routeEscalation>; chain: null } {
  return { ...escalation, routing: routeEscalation(null, escalation.category), chain: null };
}
