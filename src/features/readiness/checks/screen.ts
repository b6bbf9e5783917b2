/** The screen and viewport size in CSS pixels, recorded as evidence. */
import type { ScreenMeasurement } from '@/domain/equipment/readiness-measurements';

type WindowLike = Pick<Window, 'innerWidth' | 'innerHeight' | 'devicePixelRatio'> & {
  screen?: Pick<Screen, 'width' | 'height'>;
};

const size = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0;

export function measureScreen(win: WindowLike = window): ScreenMeasurement {
  return {
    widthPx: size(win.screen?.width) || size(win.innerWidth),
    heightPx: size(win.screen?.height) || size(win.innerHeight),
    viewportWidthPx: size(win.innerWidth),
    viewportHeightPx: size(win.innerHeight),
    pixelRatio:
      Number.isFinite(win.devicePixelRatio) && win.devicePixelRatio > 0 ? win.devicePixelRatio : 1,
  };
}
