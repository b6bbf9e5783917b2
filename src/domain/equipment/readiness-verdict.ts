/**
 * The readiness verdict (issue #9): every automatic check judged against the policy's thresholds,
 * the checklist answers, and "ready" or "not ready" with the reasons. Limits are inclusive (a
 * round trip of exactly 400 ms against a 400 ms limit passes). A check the browser could not
 * perform says so (`cannot-check`) with its cause; it never passes or fails silently.
 */
import type { ReadinessPolicy, ReadinessThresholds } from '../policy/project-policy';
import type { ReadinessCheck } from './readiness-report';
import { READINESS_CHECK_ITEMS, type ReadinessCheckItem } from './readiness-items';
import type { MicrophoneAccess, ReadinessMeasurements } from './readiness-measurements';

/** The agent's answer to one checklist item, as far as the verdict cares. */
export interface ChecklistInput {
  itemId: string;
  isConfirmed: boolean;
}

/** Why a check came out as it did, when the figure alone does not say it. */
export type CheckDetail =
  | 'not-measured'
  | 'unsupported'
  | 'offline'
  | 'unreachable'
  | 'permission-denied'
  | 'no-device'
  | 'timeout'
  | 'error'
  | 'dead-signal'
  | 'flat-signal'
  | 'tone-blocked'
  | 'not-answered'
  | 'charging';

export type LimitKind = 'max' | 'min' | 'equals';

export interface JudgedCheck extends ReadinessCheck {
  item: ReadinessCheckItem;
  /** The policy's limit the figure was judged against (`equals` limits are 1 for flags). */
  limit: number | null;
  limitKind: LimitKind | null;
  detail: CheckDetail | null;
  /** Whether this outcome keeps the agent from being ready. */
  isBlocking: boolean;
  /** A figure kept as evidence only (the screen's size), judged against nothing. */
  isEvidenceOnly: boolean;
}

export type ReadinessReason =
  | {
      kind: 'check-failed';
      item: ReadinessCheckItem;
      measured: number | null;
      limit: number | null;
      limitKind: LimitKind | null;
      detail: CheckDetail | null;
    }
  | { kind: 'cannot-check'; item: ReadinessCheckItem; detail: CheckDetail }
  | { kind: 'checklist-unconfirmed'; itemId: string }
  | { kind: 'checklist-unanswered'; itemId: string };

export interface ReadinessVerdict {
  isReady: boolean;
  /** One per item of `READINESS_CHECK_ITEMS`, in that order. */
  checks: JudgedCheck[];
  /** Why the agent is not ready; empty exactly when ready. */
  reasons: ReadinessReason[];
  /** What did not block: advisory figures out of range, optional things that could not be checked. */
  notes: ReadinessReason[];
}

type Judgement =
  | {
      kind: 'measured';
      measured: number;
      isPass: boolean;
      limit: number | null;
      limitKind: LimitKind | null;
      detail?: CheckDetail;
      isEvidenceOnly?: boolean;
    }
  /** `follows`: the cause is already reported by another check (offline, microphone access). */
  | { kind: 'cannot-check'; detail: CheckDetail; follows?: boolean };

/** `blocks`: the outcome keeps the agent from being ready; `notes`: it is only reported. */
interface BlockingRule {
  onFail: 'blocks' | 'notes';
  onCannotCheck: 'blocks' | 'notes';
}

const ESSENTIAL: BlockingRule = { onFail: 'blocks', onCannotCheck: 'blocks' };
const WHEN_MEASURABLE: BlockingRule = { onFail: 'blocks', onCannotCheck: 'notes' };
const ADVISORY: BlockingRule = { onFail: 'notes', onCannotCheck: 'notes' };

const cannot = (detail: CheckDetail, follows = false): Judgement => ({
  kind: 'cannot-check',
  detail,
  follows,
});
const atMost = (measured: number, limit: number): Judgement => ({
  kind: 'measured',
  measured,
  isPass: measured <= limit,
  limit,
  limitKind: 'max',
});
const atLeast = (measured: number, limit: number): Judgement => ({
  kind: 'measured',
  measured,
  isPass: measured >= limit,
  limit,
  limitKind: 'min',
});
const flag = (value: boolean, detail?: CheckDetail): Judgement => ({
  kind: 'measured',
  measured: value ? 1 : 0,
  isPass: value,
  limit: 1,
  limitKind: 'equals',
  ...(detail ? { detail } : {}),
});
/** A figure recorded as evidence with no limit to judge it against. */
const recorded = (measured: number): Judgement => ({
  kind: 'measured',
  measured,
  isPass: true,
  limit: null,
  limitKind: null,
  isEvidenceOnly: true,
});

const ACCESS_DETAIL: Record<Exclude<MicrophoneAccess, 'granted'>, CheckDetail> = {
  denied: 'permission-denied',
  'no-device': 'no-device',
  unsupported: 'unsupported',
  timeout: 'timeout',
  error: 'error',
};

type Judge = (m: ReadinessMeasurements, limits: ReadinessThresholds) => Judgement;

/** The probe's figures, or why there are none. */
function probeFigure(
  m: ReadinessMeasurements,
  pick: (probe: NonNullable<NonNullable<ReadinessMeasurements['network']>['probe']>) => Judgement,
): Judgement {
  if (!m.network) return cannot('not-measured');
  if (!m.network.isOnline) return cannot('offline', true);
  if (!m.network.probe) return cannot('not-measured');
  return pick(m.network.probe);
}

/** A microphone figure, or why there is none (the access check reports a refused microphone). */
function microphoneFigure(
  m: ReadinessMeasurements,
  pick: (mic: NonNullable<ReadinessMeasurements['microphone']>) => Judgement,
): Judgement {
  if (!m.microphone) return cannot('not-measured');
  if (m.microphone.access !== 'granted') return cannot(ACCESS_DETAIL[m.microphone.access], true);
  return pick(m.microphone);
}

const RULES: Record<ReadinessCheckItem, { rule: BlockingRule; judge: Judge }> = {
  'network.online': {
    rule: ESSENTIAL,
    judge: (m) =>
      m.network
        ? flag(m.network.isOnline, m.network.isOnline ? undefined : 'offline')
        : cannot('not-measured'),
  },
  'network.roundTripMs': {
    rule: ESSENTIAL,
    judge: (m, limits) =>
      probeFigure(m, (probe) =>
        probe.roundTripMs === null
          ? cannot('unreachable')
          : atMost(probe.roundTripMs, limits.maxRoundTripMs),
      ),
  },
  'network.jitterMs': {
    rule: ESSENTIAL,
    judge: (m, limits) =>
      probeFigure(m, (probe) =>
        probe.jitterMs === null
          ? cannot('unreachable')
          : atMost(probe.jitterMs, limits.maxJitterMs),
      ),
  },
  'network.lossPercent': {
    rule: ESSENTIAL,
    judge: (m, limits) =>
      probeFigure(m, (probe) =>
        probe.sent === 0
          ? cannot('not-measured')
          : atMost(probe.lossPercent, limits.maxLossPercent),
      ),
  },
  'network.downloadKbps': {
    rule: ESSENTIAL,
    judge: (m, limits) =>
      probeFigure(m, (probe) =>
        probe.downloadKbps === null
          ? cannot('unreachable')
          : atLeast(probe.downloadKbps, limits.minDownloadKbps),
      ),
  },
  'network.estimatedRoundTripMs': {
    rule: ADVISORY,
    judge: (m, limits) => {
      if (!m.connection) return cannot('not-measured');
      const figure = m.connection.roundTripMs;
      return figure === null ? cannot('unsupported') : atMost(figure, limits.maxRoundTripMs);
    },
  },
  'network.estimatedDownlinkKbps': {
    rule: ADVISORY,
    judge: (m, limits) => {
      if (!m.connection) return cannot('not-measured');
      const figure = m.connection.downlinkKbps;
      return figure === null ? cannot('unsupported') : atLeast(figure, limits.minDownloadKbps);
    },
  },
  'network.isWired': {
    rule: ADVISORY,
    judge: (m) => {
      if (!m.connection) return cannot('not-measured');
      return m.connection.type === null
        ? cannot('unsupported')
        : flag(m.connection.type === 'ethernet');
    },
  },
  'microphone.access': {
    rule: ESSENTIAL,
    judge: (m) => {
      if (!m.microphone) return cannot('not-measured');
      const { access } = m.microphone;
      if (access === 'granted') return flag(true);
      if (access === 'denied' || access === 'no-device') return flag(false, ACCESS_DETAIL[access]);
      return cannot(ACCESS_DETAIL[access]);
    },
  },
  'microphone.signalPeakDbfs': {
    rule: ESSENTIAL,
    judge: (m) =>
      microphoneFigure(m, ({ speech }) => {
        if (!speech) return cannot('not-measured');
        const isBroken = speech.isDead || speech.isFlat;
        return {
          ...recorded(speech.peakDbfs),
          // Judged: a dead or flat signal fails, though no level is a limit.
          isEvidenceOnly: false,
          isPass: !isBroken,
          ...(isBroken ? { detail: speech.isDead ? 'dead-signal' : 'flat-signal' } : {}),
        };
      }),
  },
  'microphone.noiseFloorDbfs': {
    rule: ESSENTIAL,
    judge: (m, limits) =>
      microphoneFigure(m, ({ speech, noiseFloorDbfs }) => {
        // A silent microphone would measure a perfectly quiet room: no figure to trust.
        if (speech?.isDead) return cannot('dead-signal', true);
        if (speech?.isFlat) return cannot('flat-signal', true);
        if (noiseFloorDbfs === null) return cannot('not-measured');
        return atMost(noiseFloorDbfs, limits.maxNoiseFloorDbfs);
      }),
  },
  'speaker.toneHeard': {
    rule: ESSENTIAL,
    judge: (m) => {
      if (!m.tone) return cannot('not-measured');
      const { playback, isHeard } = m.tone;
      if (playback === 'unsupported') return cannot('unsupported');
      if (playback === 'blocked') return cannot('tone-blocked');
      if (playback === 'error') return cannot('error');
      return isHeard === null ? cannot('not-answered') : flag(isHeard);
    },
  },
  'device.batteryPercent': {
    rule: WHEN_MEASURABLE,
    judge: (m, limits) => {
      if (!m.battery) return cannot('not-measured');
      const { isSupported, percent, isCharging } = m.battery;
      if (!isSupported || percent === null) return cannot('unsupported');
      const judgement = atLeast(percent, limits.minBatteryPercent);
      if (judgement.kind === 'measured' && !judgement.isPass && isCharging === true) {
        return { ...judgement, isPass: true, detail: 'charging' };
      }
      return judgement;
    },
  },
  'device.batteryCharging': {
    rule: ADVISORY,
    judge: (m) => {
      if (!m.battery) return cannot('not-measured');
      const { isSupported, isCharging } = m.battery;
      return !isSupported || isCharging === null
        ? cannot('unsupported')
        : recorded(isCharging ? 1 : 0);
    },
  },
  'device.screenWidthPx': {
    rule: ADVISORY,
    judge: (m) => (m.screen ? recorded(m.screen.widthPx) : cannot('not-measured')),
  },
  'device.screenHeightPx': {
    rule: ADVISORY,
    judge: (m) => (m.screen ? recorded(m.screen.heightPx) : cannot('not-measured')),
  },
  'device.microphoneCapture': {
    rule: ESSENTIAL,
    judge: (m) =>
      m.support
        ? flag(m.support.microphoneCapture, m.support.microphoneCapture ? undefined : 'unsupported')
        : cannot('not-measured'),
  },
  'device.webRtc': {
    rule: ESSENTIAL,
    judge: (m) =>
      m.support
        ? flag(m.support.webRtc, m.support.webRtc ? undefined : 'unsupported')
        : cannot('not-measured'),
  },
};

function toCheck(item: ReadinessCheckItem, judgement: Judgement, rule: BlockingRule): JudgedCheck {
  if (judgement.kind === 'cannot-check' || !Number.isFinite(judgement.measured)) {
    const detail = judgement.kind === 'cannot-check' ? judgement.detail : 'error';
    return {
      item,
      outcome: 'cannot-check',
      measured: null,
      limit: null,
      limitKind: null,
      detail,
      isBlocking: rule.onCannotCheck === 'blocks',
      isEvidenceOnly: false,
    };
  }
  return {
    item,
    outcome: judgement.isPass ? 'pass' : 'fail',
    measured: judgement.measured,
    limit: judgement.limit,
    limitKind: judgement.limitKind,
    detail: judgement.detail ?? null,
    isBlocking: !judgement.isPass && rule.onFail === 'blocks',
    isEvidenceOnly: judgement.isEvidenceOnly === true,
  };
}

function reasonOf(check: JudgedCheck): ReadinessReason | null {
  if (check.outcome === 'fail') {
    const { item, measured, limit, limitKind, detail } = check;
    return { kind: 'check-failed', item, measured, limit, limitKind, detail };
  }
  if (check.outcome === 'cannot-check') {
    return { kind: 'cannot-check', item: check.item, detail: check.detail ?? 'not-measured' };
  }
  return null;
}

/**
 * Judges the measurements and the checklist against the policy. Blocking: the network,
 * microphone, speaker and browser-support checks must pass (failing or not being checkable both
 * block); the battery blocks only when measured low and not charging; the Network Information
 * estimates, the wired flag and the screen are evidence only. Every required checklist item must
 * be confirmed; optional ones never block.
 */
export function judgeReadiness(
  policy: ReadinessPolicy,
  measurements: ReadinessMeasurements,
  answers: readonly ChecklistInput[],
): ReadinessVerdict {
  const reasons: ReadinessReason[] = [];
  const notes: ReadinessReason[] = [];
  const checks = READINESS_CHECK_ITEMS.map((item) => {
    const { rule, judge } = RULES[item];
    const judgement = judge(measurements, policy.thresholds);
    const check = toCheck(item, judgement, rule);
    const reason = reasonOf(check);
    // A consequence (offline, a refused microphone) is reported once, by the check it follows.
    const isConsequence = judgement.kind === 'cannot-check' && judgement.follows === true;
    if (reason && !isConsequence) (check.isBlocking ? reasons : notes).push(reason);
    return check;
  });
  const answerOf = new Map(answers.map((answer) => [answer.itemId, answer]));
  for (const item of policy.checklist) {
    const answer = answerOf.get(item.id);
    if (answer?.isConfirmed) continue;
    const reason: ReadinessReason = answer
      ? { kind: 'checklist-unconfirmed', itemId: item.id }
      : { kind: 'checklist-unanswered', itemId: item.id };
    (item.isRequired ? reasons : notes).push(reason);
  }
  const isReady = checks.every((check) => !check.isBlocking) && reasons.length === 0;
  return { isReady, checks, reasons, notes };
}

/** The checks as a report stores them (the wire's `{ item, outcome, measured }`). */
export function toStoredChecks(checks: readonly JudgedCheck[]): ReadinessCheck[] {
  return checks.map(({ item, outcome, measured }) => ({ item, outcome, measured }));
}
