/**
 * 林晓雨's two past escalations, so a new user of the demo sees what a timeline looks like: a
 * passenger at risk, acknowledged within the promised 15 minutes and resolved the same afternoon,
 * and a system outage four days ago that was only received and is overdue, with a note she added
 * when nobody answered. The records carry valid links of the log her earlier device kept.
 */
import type {
  Escalation,
  EscalationNote,
  EscalationResponse,
} from '@/domain/escalation/escalation';
import { appendEntry, chainLinkOf, type LogEntry } from '@/domain/escalation/escalation-log';
import { routeEscalation } from '@/domain/escalation/escalation-routing';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import type { Shift } from '@/domain/roster/shift';
import { DEMO_AGENT_ID } from './demo-ids';
import { addDays, shanghaiInstant } from './shanghai-date';

export interface DemoEscalations {
  escalations: Escalation[];
  escalationNotes: EscalationNote[];
  escalationResponses: EscalationResponse[];
  /** The log her earlier device kept; the records' `chain` links point into it. */
  log: LogEntry[];
}

const MINUTE_MS = 60_000;
const later = (instant: string, minutes: number) =>
  new Date(Date.parse(instant) + minutes * MINUTE_MS).toISOString();

/** The shift under way at `instant`, as the app attaches it as context. */
function shiftAt(shifts: readonly Shift[], instant: string): string | null {
  const at = Date.parse(instant);
  const shift = shifts.find((candidate) => {
    return Date.parse(candidate.start) <= at && at < Date.parse(candidate.end);
  });
  return shift?.id ?? null;
}

/** Builds the demo escalations for `today` (a Shanghai day); deterministic. */
export function buildDemoEscalations(
  today: string,
  policy: ProjectPolicy,
  shifts: readonly Shift[],
): DemoEscalations {
  const passengerAt = shanghaiInstant(addDays(today, -19), 10 * 60 + 42);
  const outageAt = shanghaiInstant(addDays(today, -4), 14 * 60 + 5);
  const base = { agentId: DEMO_AGENT_ID, chain: null, syncState: 'sent' } as const;

  const passenger: Escalation = {
    ...base,
    id: 'demo-escalation-passenger-at-risk',
    category: 'customer-at-risk',
    description:
      '旅客航班取消后滞留机场,独自带着婴儿,手机快没电,情绪激动,说已经三次打不进航司热线。需要尽快改签并安排地面协助。',
    caseReference: 'CC-88412',
    severity: 'high',
    context: { screen: '/', shiftId: shiftAt(shifts, passengerAt), payLineId: null },
    routing: routeEscalation(policy, 'customer-at-risk'),
    createdAt: passengerAt,
  };
  const outage: Escalation = {
    ...base,
    id: 'demo-escalation-system-outage',
    category: 'system-outage',
    description: '退改签系统从 14:00 起无法提交,已有 6 位旅客在线等待,只能先登记回电。',
    caseReference: '',
    severity: 'normal',
    context: { screen: '/roster', shiftId: shiftAt(shifts, outageAt), payLineId: null },
    routing: routeEscalation(policy, 'system-outage'),
    createdAt: outageAt,
  };
  const note: EscalationNote = {
    id: 'demo-escalation-note-outage',
    escalationId: outage.id,
    agentId: DEMO_AGENT_ID,
    text: '已按流程在工作群 @ 值班主管,40 分钟无人回复;仍在手工登记回电。',
    attachment: null,
    chain: { seq: 1, hash: '' },
    createdAt: later(outageAt, 40),
    syncState: 'sent',
  };

  const log: LogEntry[] = [];
  const logged = <T extends Escalation | EscalationNote>(
    record: T,
    kind: 'escalation' | 'note',
  ) => {
    const entry =
      kind === 'escalation'
        ? appendEntry(log.at(-1), 'escalation', record as Escalation, record.createdAt)
        : appendEntry(log.at(-1), 'note', record as EscalationNote, record.createdAt);
    log.push(entry);
    return { ...record, chain: chainLinkOf(entry) };
  };
  const escalations = [logged(passenger, 'escalation'), logged(outage, 'escalation')];
  const escalationNotes = [logged(note, 'note')];

  const response = (
    id: string,
    escalation: Escalation,
    kind: EscalationResponse['kind'],
    minutesAfter: number,
    by: string,
    text: string,
  ): EscalationResponse => ({
    id,
    escalationId: escalation.id,
    agentId: DEMO_AGENT_ID,
    kind,
    at: later(escalation.createdAt, minutesAfter),
    by,
    note: text,
  });
  const escalationResponses = [
    response('demo-response-passenger-received', passenger, 'received', 1, '', ''),
    response(
      'demo-response-passenger-acknowledged',
      passenger,
      'acknowledged',
      9,
      '现场主管 王磊',
      '收到,已联系云鹤航空地服,请先安抚旅客并留下回拨号码。',
    ),
    response(
      'demo-response-passenger-resolved',
      passenger,
      'resolved',
      135,
      '云鹤航空客户关系部',
      '旅客已改签次日 07:40 航班,酒店和地面陪同已安排。',
    ),
    response('demo-response-outage-received', outage, 'received', 1, '', ''),
  ];
  return { escalations, escalationNotes, escalationResponses, log };
}
