/**
 * The checks every sync request passes before the database is touched: protocol and schema
 * versions (426), then the shared zod schema and unsafe-structure scan (400).
 */
import { PROTOCOL_VERSION } from '@/domain/sync/protocol';
import { badRequest, versionNotSupported } from './http-errors';

/** An unknown protocol or a newer app schema is refused as such, not as a bad request. */
export function checkVersions(raw: unknown, serverSchemaVersion: number): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw badRequest('body must be a JSON object');
  }
  const body = raw as Record<string, unknown>;
  if (body.protocolVersion !== PROTOCOL_VERSION) {
    throw versionNotSupported('unsupported protocol version');
  }
  if (typeof body.schemaVersion === 'number' && body.schemaVersion > serverSchemaVersion) {
    throw versionNotSupported('app schema newer than the server');
  }
}
