import { describe, expect, it } from 'vitest';
import { measureBattery } from './battery';
import { readConnectionInfo } from './network-information';
import { measureScreen } from './screen';
import { detectSupport } from './support';
import { nextTaskTimers } from './test-timers';

describe('measureBattery', () => {
  const timers = nextTaskTimers();
  const unsupported = { isSupported: false, percent: null, isCharging: null };

  it.each([
    { name: 'no Battery API', nav: {}, expected: unsupported },
    {
      name: 'a level',
      nav: { getBattery: () => Promise.resolve({ level: 0.456, charging: false }) },
      expected: { isSupported: true, percent: 46, isCharging: false },
    },
    {
      name: 'charging',
      nav: { getBattery: () => Promise.resolve({ level: 1, charging: true }) },
      expected: { isSupported: true, percent: 100, isCharging: true },
    },
    {
      name: 'a refusal',
      nav: { getBattery: () => Promise.reject(new Error('no')) },
      expected: unsupported,
    },
    {
      name: 'no answer',
      nav: { getBattery: () => new Promise<never>(() => undefined) },
      expected: unsupported,
    },
  ])('$name', async ({ nav, expected }) => {
    await expect(measureBattery({ nav, timers })).resolves.toEqual(expected);
  });
});

describe('readConnectionInfo', () => {
  it.each([
    {
      name: 'no API',
      nav: {},
      expected: {
        isSupported: false,
        type: null,
        effectiveType: null,
        roundTripMs: null,
        downlinkKbps: null,
      },
    },
    {
      name: 'Chromium desktop',
      nav: { connection: { effectiveType: '4g', rtt: 50, downlink: 10 } },
      expected: {
        isSupported: true,
        type: null,
        effectiveType: '4g',
        roundTripMs: 50,
        downlinkKbps: 10_000,
      },
    },
    {
      name: 'a wired link',
      nav: { connection: { type: 'ethernet', effectiveType: '4g', rtt: 0, downlink: 1.45 } },
      expected: {
        isSupported: true,
        type: 'ethernet',
        effectiveType: '4g',
        roundTripMs: 0,
        downlinkKbps: 1450,
      },
    },
    {
      name: 'nonsense values',
      nav: { connection: { type: '', rtt: -1, downlink: Number.NaN } },
      expected: {
        isSupported: true,
        type: null,
        effectiveType: null,
        roundTripMs: null,
        downlinkKbps: null,
      },
    },
  ])('$name', ({ nav, expected }) => {
    expect(readConnectionInfo(nav)).toEqual(expected);
  });
});

describe('measureScreen', () => {
  it('reads screen and viewport, falling back to the viewport', () => {
    expect(
      measureScreen({
        innerWidth: 360,
        innerHeight: 740,
        devicePixelRatio: 3,
        screen: { width: 360, height: 800 },
      }),
    ).toEqual({
      widthPx: 360,
      heightPx: 800,
      viewportWidthPx: 360,
      viewportHeightPx: 740,
      pixelRatio: 3,
    });
    expect(
      measureScreen({ innerWidth: 1024, innerHeight: 768, devicePixelRatio: Number.NaN }),
    ).toEqual({
      widthPx: 1024,
      heightPx: 768,
      viewportWidthPx: 1024,
      viewportHeightPx: 768,
      pixelRatio: 1,
    });
  });
});

describe('detectSupport', () => {
  const fn = () => undefined;
  it.each([
    {
      name: 'a full browser',
      win: {
        navigator: { mediaDevices: { getUserMedia: fn } },
        RTCPeerConnection: fn,
        AudioContext: fn,
      },
      expected: { microphoneCapture: true, webRtc: true, webAudio: true },
    },
    {
      name: 'an insecure page (no mediaDevices)',
      win: { navigator: {}, RTCPeerConnection: fn, webkitAudioContext: fn },
      expected: { microphoneCapture: false, webRtc: true, webAudio: true },
    },
    {
      name: 'nothing',
      win: {},
      expected: { microphoneCapture: false, webRtc: false, webAudio: false },
    },
  ])('$name', ({ win, expected }) => {
    expect(detectSupport(win)).toEqual(expected);
  });
});
