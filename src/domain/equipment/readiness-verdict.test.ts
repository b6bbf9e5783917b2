import { describe, expect, it } from 'vitest';
import type { ReadinessPolicy } from '../policy/project-policy';
import { defaultReadinessPolicy } from './default-readiness-policy';
import type { ReadinessCheckItem } from './readiness-items';
import { READINESS_CHECK_ITEMS } from './readiness-items';
import type { ReadinessMeasurements } from './readiness-measurements';
import { confirmedChecklist, passingMeasurements } from './readiness-test-data';
import { judgeReadiness, toStoredChecks, type ReadinessVerdict } from './readiness-verdict';

const policy = defaultReadinessPolicy();

function judge(
  change: (m: ReturnType<typeof passingMeasurements>) => ReadinessMeasurements = (m) => m,
  answers = confirmedChecklist(),
  withPolicy: ReadinessPolicy = policy,
): ReadinessVerdict {
  return judgeReadiness(withPolicy, change(passingMeasurements()), answers);
}

const checkOf = (verdict: ReadinessVerdict, item: ReadinessCheckItem) =>
  verdict.checks.find((check) => check.item === item)!;

const withProbe =
  (figures: Partial<NonNullable<ReadinessMeasurements['network']>['probe']>) =>
  (m: ReturnType<typeof passingMeasurements>): ReadinessMeasurements => ({
    ...m,
    network: { isOnline: true, probe: { ...m.network.probe!, ...figures } },
  });

describe('judgeReadiness', () => {
  it('finds a device that passes everything ready, one check per item in order', () => {
    const verdict = judge();
    expect(verdict.isReady).toBe(true);
    expect(verdict.reasons).toEqual([]);
    expect(verdict.notes).toEqual([]);
    expect(verdict.checks.map((check) => check.item)).toEqual([...READINESS_CHECK_ITEMS]);
    expect(verdict.checks.every((check) => check.outcome === 'pass')).toBe(true);
  });

  describe('thresholds are inclusive, at their edges', () => {
    it.each([
      { item: 'network.roundTripMs', figures: { roundTripMs: 400 }, outcome: 'pass' },
      { item: 'network.roundTripMs', figures: { roundTripMs: 400.1 }, outcome: 'fail' },
      { item: 'network.jitterMs', figures: { jitterMs: 30 }, outcome: 'pass' },
      { item: 'network.jitterMs', figures: { jitterMs: 30.1 }, outcome: 'fail' },
      { item: 'network.lossPercent', figures: { lossPercent: 1 }, outcome: 'pass' },
      { item: 'network.lossPercent', figures: { lossPercent: 1.1 }, outcome: 'fail' },
      { item: 'network.lossPercent', figures: { lossPercent: 100, received: 0 }, outcome: 'fail' },
      { item: 'network.downloadKbps', figures: { downloadKbps: 100 }, outcome: 'pass' },
      { item: 'network.downloadKbps', figures: { downloadKbps: 99 }, outcome: 'fail' },
      { item: 'network.downloadKbps', figures: { downloadKbps: 0 }, outcome: 'fail' },
    ] as const)('$item $figures → $outcome', ({ item, figures, outcome }) => {
      const verdict = judge(withProbe(figures));
      const check = checkOf(verdict, item);
      expect(check.outcome).toBe(outcome);
      expect(verdict.isReady).toBe(outcome === 'pass');
      if (outcome === 'fail') {
        expect(verdict.reasons).toEqual([
          expect.objectContaining({ kind: 'check-failed', item, measured: check.measured }),
        ]);
      }
    });

    it.each([
      { noiseFloorDbfs: -50, outcome: 'pass' },
      { noiseFloorDbfs: -49.9, outcome: 'fail' },
      { noiseFloorDbfs: -100, outcome: 'pass' },
    ] as const)('noise floor $noiseFloorDbfs dBFS → $outcome', ({ noiseFloorDbfs, outcome }) => {
      const verdict = judge((m) => ({ ...m, microphone: { ...m.microphone, noiseFloorDbfs } }));
      const check = checkOf(verdict, 'microphone.noiseFloorDbfs');
      expect(check).toMatchObject({
        outcome,
        measured: noiseFloorDbfs,
        limit: -50,
        limitKind: 'max',
      });
      expect(verdict.isReady).toBe(outcome === 'pass');
    });

    it.each([
      { percent: 20, isCharging: false, outcome: 'pass', isReady: true, detail: null },
      { percent: 19, isCharging: false, outcome: 'fail', isReady: false, detail: null },
      { percent: 5, isCharging: true, outcome: 'pass', isReady: true, detail: 'charging' },
      { percent: 5, isCharging: null, outcome: 'fail', isReady: false, detail: null },
    ] as const)(
      'battery $percent % charging $isCharging → $outcome',
      ({ percent, isCharging, outcome, isReady, detail }) => {
        const verdict = judge((m) => ({
          ...m,
          battery: { isSupported: true, percent, isCharging },
        }));
        expect(checkOf(verdict, 'device.batteryPercent')).toMatchObject({
          outcome,
          detail,
          limit: 20,
        });
        expect(verdict.isReady).toBe(isReady);
      },
    );

    it('judges against the policy given, not the defaults', () => {
      const strict: ReadinessPolicy = {
        ...policy,
        thresholds: { ...policy.thresholds, maxRoundTripMs: 50 },
      };
      const verdict = judge(withProbe({ roundTripMs: 80 }), confirmedChecklist(), strict);
      expect(checkOf(verdict, 'network.roundTripMs')).toMatchObject({ outcome: 'fail', limit: 50 });
      expect(verdict.isReady).toBe(false);
    });
  });

  describe('missing measurements', () => {
    it.each([
      {
        left: 'network',
        items: [
          'network.online',
          'network.roundTripMs',
          'network.jitterMs',
          'network.lossPercent',
          'network.downloadKbps',
        ],
      },
      {
        left: 'microphone',
        items: ['microphone.access', 'microphone.signalPeakDbfs', 'microphone.noiseFloorDbfs'],
      },
      { left: 'tone', items: ['speaker.toneHeard'] },
      { left: 'support', items: ['device.microphoneCapture', 'device.webRtc'] },
    ] as const)('without $left: not ready, each essential item not measured', ({ left, items }) => {
      const verdict = judge((m) => {
        const { [left]: _removed, ...rest } = m;
        return rest;
      });
      expect(verdict.isReady).toBe(false);
      expect(verdict.reasons).toEqual(
        items.map((item) => ({ kind: 'cannot-check', item, detail: 'not-measured' })),
      );
      for (const item of items) {
        expect(checkOf(verdict, item)).toMatchObject({
          outcome: 'cannot-check',
          measured: null,
          isBlocking: true,
        });
      }
    });

    it.each([
      {
        left: 'connection',
        items: ['network.estimatedRoundTripMs', 'network.estimatedDownlinkKbps', 'network.isWired'],
      },
      { left: 'battery', items: ['device.batteryPercent', 'device.batteryCharging'] },
      { left: 'screen', items: ['device.screenWidthPx', 'device.screenHeightPx'] },
    ] as const)('without $left: still ready, noted as not measured', ({ left, items }) => {
      const verdict = judge((m) => {
        const { [left]: _removed, ...rest } = m;
        return rest;
      });
      expect(verdict.isReady).toBe(true);
      expect(verdict.notes).toEqual(
        items.map((item) => ({ kind: 'cannot-check', item, detail: 'not-measured' })),
      );
    });

    it('a speech test not yet done leaves the signal unmeasured but judges the noise floor', () => {
      const verdict = judge((m) => ({ ...m, microphone: { ...m.microphone, speech: null } }));
      expect(verdict.reasons).toEqual([
        { kind: 'cannot-check', item: 'microphone.signalPeakDbfs', detail: 'not-measured' },
      ]);
      expect(checkOf(verdict, 'microphone.noiseFloorDbfs').outcome).toBe('pass');
    });

    it('a tone played but not answered cannot be checked', () => {
      const verdict = judge((m) => ({ ...m, tone: { playback: 'played', isHeard: null } }));
      expect(verdict.reasons).toEqual([
        { kind: 'cannot-check', item: 'speaker.toneHeard', detail: 'not-answered' },
      ]);
    });

    it('an empty measurement set is not ready and says why for every essential item', () => {
      const verdict = judgeReadiness(policy, {}, confirmedChecklist());
      expect(verdict.isReady).toBe(false);
      expect(verdict.checks.every((check) => check.outcome === 'cannot-check')).toBe(true);
      expect(verdict.reasons).toHaveLength(11);
      expect(verdict.notes).toHaveLength(7);
    });

    it('treats a figure that is not a number as an error, never as a pass', () => {
      const verdict = judge(withProbe({ roundTripMs: Number.NaN }));
      expect(checkOf(verdict, 'network.roundTripMs')).toMatchObject({
        outcome: 'cannot-check',
        detail: 'error',
        measured: null,
      });
      expect(verdict.isReady).toBe(false);
    });
  });

  describe('cannot check', () => {
    it('offline: the online check fails once; the probe figures follow from it', () => {
      const verdict = judge((m) => ({ ...m, network: { isOnline: false, probe: null } }));
      expect(verdict.isReady).toBe(false);
      expect(verdict.reasons).toEqual([
        expect.objectContaining({
          kind: 'check-failed',
          item: 'network.online',
          measured: 0,
          detail: 'offline',
        }),
      ]);
      expect(checkOf(verdict, 'network.roundTripMs')).toMatchObject({
        outcome: 'cannot-check',
        detail: 'offline',
        isBlocking: true,
      });
    });

    it('a probe with no answer: round trip and jitter cannot be checked, loss fails', () => {
      const verdict = judge(
        withProbe({
          received: 0,
          roundTripMs: null,
          jitterMs: null,
          lossPercent: 100,
          downloadKbps: null,
        }),
      );
      expect(verdict.reasons).toEqual([
        { kind: 'cannot-check', item: 'network.roundTripMs', detail: 'unreachable' },
        { kind: 'cannot-check', item: 'network.jitterMs', detail: 'unreachable' },
        expect.objectContaining({
          kind: 'check-failed',
          item: 'network.lossPercent',
          measured: 100,
        }),
        { kind: 'cannot-check', item: 'network.downloadKbps', detail: 'unreachable' },
      ]);
    });

    it.each([
      { access: 'denied', outcome: 'fail', detail: 'permission-denied' },
      { access: 'no-device', outcome: 'fail', detail: 'no-device' },
      { access: 'unsupported', outcome: 'cannot-check', detail: 'unsupported' },
      { access: 'timeout', outcome: 'cannot-check', detail: 'timeout' },
      { access: 'error', outcome: 'cannot-check', detail: 'error' },
    ] as const)(
      'microphone $access: one reason, the level checks follow',
      ({ access, outcome, detail }) => {
        const verdict = judge((m) => ({
          ...m,
          microphone: { access, speech: null, noiseFloorDbfs: null },
        }));
        expect(verdict.isReady).toBe(false);
        expect(verdict.reasons).toEqual([
          expect.objectContaining({ item: 'microphone.access', detail }),
        ]);
        expect(checkOf(verdict, 'microphone.access').outcome).toBe(outcome);
        for (const item of ['microphone.signalPeakDbfs', 'microphone.noiseFloorDbfs'] as const) {
          expect(checkOf(verdict, item)).toMatchObject({
            outcome: 'cannot-check',
            detail,
            isBlocking: true,
          });
        }
      },
    );

    it.each([
      {
        speech: { peakDbfs: -100, isDead: true, isFlat: false, frames: 30 },
        detail: 'dead-signal',
      },
      { speech: { peakDbfs: -12, isDead: false, isFlat: true, frames: 30 }, detail: 'flat-signal' },
    ] as const)(
      'a $detail fails the signal and leaves the noise floor unjudged',
      ({ speech, detail }) => {
        const verdict = judge((m) => ({
          ...m,
          microphone: { access: 'granted', speech, noiseFloorDbfs: -100 },
        }));
        expect(verdict.reasons).toEqual([
          expect.objectContaining({
            kind: 'check-failed',
            item: 'microphone.signalPeakDbfs',
            measured: speech.peakDbfs,
            detail,
          }),
        ]);
        expect(checkOf(verdict, 'microphone.noiseFloorDbfs')).toMatchObject({
          outcome: 'cannot-check',
          detail,
        });
      },
    );

    it.each([
      { playback: 'unsupported', detail: 'unsupported' },
      { playback: 'blocked', detail: 'tone-blocked' },
      { playback: 'error', detail: 'error' },
    ] as const)('tone $playback cannot be checked and blocks', ({ playback, detail }) => {
      const verdict = judge((m) => ({ ...m, tone: { playback, isHeard: null } }));
      expect(verdict.reasons).toEqual([
        { kind: 'cannot-check', item: 'speaker.toneHeard', detail },
      ]);
    });

    it('a tone the agent did not hear fails', () => {
      const verdict = judge((m) => ({ ...m, tone: { playback: 'played', isHeard: false } }));
      expect(verdict.reasons).toEqual([
        expect.objectContaining({ kind: 'check-failed', item: 'speaker.toneHeard', measured: 0 }),
      ]);
    });

    it('a browser without the Battery or Network Information API is still ready, with notes', () => {
      const verdict = judge((m) => ({
        ...m,
        battery: { isSupported: false, percent: null, isCharging: null },
        connection: {
          isSupported: false,
          type: null,
          effectiveType: null,
          roundTripMs: null,
          downlinkKbps: null,
        },
      }));
      expect(verdict.isReady).toBe(true);
      expect(
        verdict.notes.map((note) => note.kind === 'cannot-check' && [note.item, note.detail]),
      ).toEqual([
        ['network.estimatedRoundTripMs', 'unsupported'],
        ['network.estimatedDownlinkKbps', 'unsupported'],
        ['network.isWired', 'unsupported'],
        ['device.batteryPercent', 'unsupported'],
        ['device.batteryCharging', 'unsupported'],
      ]);
    });

    it('estimates out of range and a wireless link are noted, not blocking', () => {
      const verdict = judge((m) => ({
        ...m,
        connection: { ...m.connection, type: 'wifi', roundTripMs: 900, downlinkKbps: 50 },
      }));
      expect(verdict.isReady).toBe(true);
      expect(verdict.notes.map((note) => note.kind === 'check-failed' && note.item)).toEqual([
        'network.estimatedRoundTripMs',
        'network.estimatedDownlinkKbps',
        'network.isWired',
      ]);
    });

    it('a browser without microphone capture or WebRTC is not ready', () => {
      const verdict = judge((m) => ({
        ...m,
        support: { microphoneCapture: false, webRtc: false, webAudio: true },
      }));
      expect(
        verdict.reasons.map(
          (reason) => reason.kind === 'check-failed' && [reason.item, reason.detail],
        ),
      ).toEqual([
        ['device.microphoneCapture', 'unsupported'],
        ['device.webRtc', 'unsupported'],
      ]);
    });
  });

  describe('checklist', () => {
    const optionalPhotoPolicy: ReadinessPolicy = {
      ...policy,
      checklist: [
        ...policy.checklist,
        {
          id: 'spare-headset',
          label: { en: 'A spare headset' },
          isRequired: false,
          allowsPhoto: false,
        },
      ],
    };

    it.each([
      {
        name: 'every required item confirmed',
        drop: null,
        unconfirm: null,
        isReady: true,
        reason: null,
      },
      {
        name: 'a required item unanswered',
        drop: 'headset',
        unconfirm: null,
        isReady: false,
        reason: { kind: 'checklist-unanswered', itemId: 'headset' },
      },
      {
        name: 'a required item denied',
        drop: null,
        unconfirm: 'quiet-room',
        isReady: false,
        reason: { kind: 'checklist-unconfirmed', itemId: 'quiet-room' },
      },
    ])('$name → ready $isReady', ({ drop, unconfirm, isReady, reason }) => {
      const answers = confirmedChecklist()
        .filter((answer) => answer.itemId !== drop)
        .map((answer) =>
          answer.itemId === unconfirm ? { ...answer, isConfirmed: false } : answer,
        );
      const verdict = judge((m) => m, answers);
      expect(verdict.isReady).toBe(isReady);
      expect(verdict.reasons).toEqual(reason ? [reason] : []);
    });

    it('an optional item never blocks; unanswered it is noted', () => {
      const verdict = judge((m) => m, confirmedChecklist(), optionalPhotoPolicy);
      expect(verdict.isReady).toBe(true);
      expect(verdict.notes).toEqual([{ kind: 'checklist-unanswered', itemId: 'spare-headset' }]);
    });

    it('ignores answers to items the policy does not list', () => {
      const verdict = judge(
        (m) => m,
        [...confirmedChecklist(), { itemId: 'unknown', isConfirmed: false }],
      );
      expect(verdict.isReady).toBe(true);
    });
  });

  it('stores only item, outcome and figure', () => {
    const stored = toStoredChecks(judge(withProbe({ roundTripMs: 500 })).checks);
    expect(stored[1]).toEqual({ item: 'network.roundTripMs', outcome: 'fail', measured: 500 });
    expect(Object.keys(stored[0]!)).toEqual(['item', 'outcome', 'measured']);
  });
});
