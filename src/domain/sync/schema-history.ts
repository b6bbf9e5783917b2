/**
 * What changed between app schema versions, in both directions (SYNC.md §4.9): mutation args
 * created under an older schema are translated up to the current model, and rows are shaped down
 * for a client of an older schema that still pulls during a roll-out.
 *
 * Schema 3 (issue #4): `escalations` gained `routing` and `chain`; `escalationNotes` and
 * `escalationResponses` were added; `escalationStatus` was replaced by `escalationResponses`.
 * Schema 4 (issue #5): `policies` gained `payRules`, `payStatements` `assessmentScore`,
 * `payStatementLines` `ruleId` (and lines may carry a kind the client does not know); issue #6
 * added `policies.workingTime`, the agent-owned `shiftAcknowledgements` and `shiftChange.acknowledge`.
 */
import type { z } from 'zod';
import { upgradeEscalationFields } from '../escalation/escalation-upgrade';
import { escalationSchema } from './agent-row-schemas';
import { MUTATION_ARGS_SCHEMAS } from './mutation-args-schemas';
import type { MutationName } from './mutation-names';
import type { DownTable } from './protocol';

export type ArgsParseResult = { ok: true; args: unknown } | { ok: false; issue: string };

const legacyEscalationArgsSchema = escalationSchema.omit({
  syncState: true,
  routing: true,
  chain: true,
});
const translatedEscalationArgsSchema = escalationSchema.omit({ syncState: true });

function fromZod<T>(parsed: z.ZodSafeParseResult<T>): ArgsParseResult {
  if (parsed.success) return { ok: true, args: parsed.data };
  const [issue] = parsed.error.issues;
  const path = issue?.path.map(String).join('.') || '(root)';
  return { ok: false, issue: `${path}: ${issue?.message ?? 'invalid'}` };
}

/**
 * Parses `args` of a mutation created under `schemaVersion` into the current shape. An escalation
 * from schema 1–2 gets the fallback route (no policy decided it: the app did not route then) and
 * no log link (`chain: null`); the device's upgrade gives its copy the same values, so the echo
 * matches the device's log. Callers check the schema window before calling.
 * @example parseMutationArgs('escalation.create', 2, oldArgs) // { ok: true, args: { …, chain: null } }
 */
export function parseMutationArgs(
  name: MutationName,
  schemaVersion: number,
  args: unknown,
): ArgsParseResult {
  if (schemaVersion < 4 && name === 'shiftChange.acknowledge') {
    return { ok: false, issue: 'shiftChange.acknowledge needs schema 4' };
  }
  if (schemaVersion < 3) {
    if (name === 'escalationNote.create') {
      return { ok: false, issue: 'escalationNote.create needs schema 3' };
    }
    if (name === 'escalation.create') {
      const legacy = legacyEscalationArgsSchema.safeParse(args);
      if (!legacy.success) return fromZod(legacy);
      return fromZod(
        translatedEscalationArgsSchema.safeParse(upgradeEscalationFields(legacy.data)),
      );
    }
  }
  const schema: z.ZodType = MUTATION_ARGS_SCHEMAS[name];
  return fromZod(schema.safeParse(args));
}

/** The first schema version whose clients know each table added after schema 2. */
const TABLE_SINCE: Partial<Record<DownTable, number>> = {
  escalationNotes: 3,
  escalationResponses: 3,
  shiftAcknowledgements: 4,
};

/** Fields added to a table after schema 2, with the version that added them. */
const FIELDS_SINCE: Partial<Record<DownTable, Record<string, number>>> = {
  escalations: { routing: 3, chain: 3 },
  policies: { payRules: 4, workingTime: 4 },
  payStatements: { assessmentScore: 4 },
  payStatementLines: { ruleId: 4 },
};

/** Whether a client of `schemaVersion` knows `table`; pulls leave other tables' rows out. */
export function isTableKnownAt(table: DownTable, schemaVersion: number): boolean {
  return schemaVersion >= (TABLE_SINCE[table] ?? 0);
}

/** Whether rows of `table` must be reshaped (`rowForSchema`) for a client of `schemaVersion`. */
export function needsReshapeAt(table: DownTable, schemaVersion: number): boolean {
  return Object.values(FIELDS_SINCE[table] ?? {}).some((since) => schemaVersion < since);
}

/** A row as a client of `schemaVersion` validates it: fields its schema did not have removed. */
export function rowForSchema(
  table: DownTable,
  value: Record<string, unknown>,
  schemaVersion: number,
): Record<string, unknown> {
  const added = FIELDS_SINCE[table];
  if (!added) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([field]) => schemaVersion >= (added[field] ?? 0)),
  );
}

export { upgradeEscalationFields };
