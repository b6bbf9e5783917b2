/**
 * The automatic checks of a readiness report (issue #9): every item a report can hold, its group
 * and the unit its measured figure is in. Flags are measured as 1 (yes) or 0 (no).
 */

/** Every automatic check item, in the order the report shows them. */
export const READINESS_CHECK_ITEMS = [
  'network.online',
  'network.roundTripMs',
  'network.jitterMs',
  'network.lossPercent',
  'network.downloadKbps',
  'network.estimatedRoundTripMs',
  'network.estimatedDownlinkKbps',
  'network.isWired',
  'microphone.access',
  'microphone.signalPeakDbfs',
  'microphone.noiseFloorDbfs',
  'speaker.toneHeard',
  'device.batteryPercent',
  'device.batteryCharging',
  'device.screenWidthPx',
  'device.screenHeightPx',
  'device.microphoneCapture',
  'device.webRtc',
] as const;

export type ReadinessCheckItem = (typeof READINESS_CHECK_ITEMS)[number];

export type CheckGroup = 'network' | 'microphone' | 'speaker' | 'device';

/** `flag`: 1 = yes, 0 = no; `dbfs`: decibels relative to full scale (0 is the loudest). */
export type CheckUnit = 'flag' | 'ms' | 'percent' | 'kbps' | 'dbfs' | 'px';

const UNITS: Record<ReadinessCheckItem, CheckUnit> = {
  'network.online': 'flag',
  'network.roundTripMs': 'ms',
  'network.jitterMs': 'ms',
  'network.lossPercent': 'percent',
  'network.downloadKbps': 'kbps',
  'network.estimatedRoundTripMs': 'ms',
  'network.estimatedDownlinkKbps': 'kbps',
  'network.isWired': 'flag',
  'microphone.access': 'flag',
  'microphone.signalPeakDbfs': 'dbfs',
  'microphone.noiseFloorDbfs': 'dbfs',
  'speaker.toneHeard': 'flag',
  'device.batteryPercent': 'percent',
  'device.batteryCharging': 'flag',
  'device.screenWidthPx': 'px',
  'device.screenHeightPx': 'px',
  'device.microphoneCapture': 'flag',
  'device.webRtc': 'flag',
};

const KNOWN = new Set<string>(READINESS_CHECK_ITEMS);

/** Whether a stored item id is one this version knows (newer versions may add items). */
export function isReadinessCheckItem(value: string): value is ReadinessCheckItem {
  return KNOWN.has(value);
}

export function groupOf(item: ReadinessCheckItem): CheckGroup {
  return item.slice(0, item.indexOf('.')) as CheckGroup;
}

export function unitOf(item: ReadinessCheckItem): CheckUnit {
  return UNITS[item];
}
