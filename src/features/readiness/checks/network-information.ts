/**
 * The Network Information API's estimate (`navigator.connection`, Chromium only): connection
 * type where the platform exposes it, effective type, round-trip and downlink estimates.
 */
import type { ConnectionEstimate } from '@/domain/equipment/readiness-measurements';

interface NetworkInformationLike {
  type?: string;
  effectiveType?: string;
  rtt?: number;
  /** Megabits per second. */
  downlink?: number;
}

const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

export function readConnectionInfo(
  nav: object | undefined = typeof navigator === 'undefined' ? undefined : navigator,
): ConnectionEstimate {
  const connection = (nav as { connection?: NetworkInformationLike } | undefined)?.connection;
  if (!connection || typeof connection !== 'object') {
    return {
      isSupported: false,
      type: null,
      effectiveType: null,
      roundTripMs: null,
      downlinkKbps: null,
    };
  }
  const downlink = finite(connection.downlink);
  return {
    isSupported: true,
    type: text(connection.type),
    effectiveType: text(connection.effectiveType),
    roundTripMs: finite(connection.rtt),
    downlinkKbps: downlink === null ? null : Math.round(downlink * 1000),
  };
}
