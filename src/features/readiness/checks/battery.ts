/** Battery level and charging where the Battery Status API exists (Chromium), with a timeout. */
import type { BatteryMeasurement } from '@/domain/equipment/readiness-measurements';
import { realTimers, TIMED_OUT, withDeadline, type Timers } from './deadline';

interface BatteryManagerLike {
  level: number;
  charging: boolean;
}

export interface BatteryOptions {
  timeoutMs?: number;
  nav?: { getBattery?: () => Promise<BatteryManagerLike> };
  timers?: Timers;
}

const UNSUPPORTED: BatteryMeasurement = { isSupported: false, percent: null, isCharging: null };

export async function measureBattery(options: BatteryOptions = {}): Promise<BatteryMeasurement> {
  const nav =
    options.nav ??
    (typeof navigator === 'undefined' ? undefined : (navigator as BatteryOptions['nav']));
  if (typeof nav?.getBattery !== 'function') return UNSUPPORTED;
  try {
    const battery = await withDeadline(
      options.timeoutMs ?? 2000,
      () => nav.getBattery!(),
      options.timers ?? realTimers,
    );
    if (battery === TIMED_OUT || !Number.isFinite(battery.level)) return UNSUPPORTED;
    const percent = Math.round(Math.min(1, Math.max(0, battery.level)) * 100);
    return { isSupported: true, percent, isCharging: Boolean(battery.charging) };
  } catch {
    return UNSUPPORTED;
  }
}
