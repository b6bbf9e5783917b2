import type { AgentProfile } from '@/domain/agent/agent-profile';
import type { Project } from '@/domain/agent/project';
import {
  DEMO_AGENT_ID,
  DEMO_CERTIFICATION_EXAM_ID,
  DEMO_ORG_ID,
  DEMO_POLICY_ID,
  DEMO_PROJECT_ID,
  DEMO_TIME_ZONE,
} from './demo-ids';

/**
 * 林晓雨, a vocational-college graduate who joined the vendor's Nanchang floor on 1 July last
 * year, so she was employed for the whole of every month the demo pays her for.
 */
export function buildDemoAgentProfile(today: string): AgentProfile {
  const year = Number(today.slice(0, 4));
  return {
    id: DEMO_AGENT_ID,
    orgId: DEMO_ORG_ID,
    projectId: DEMO_PROJECT_ID,
    displayName: '林晓雨',
    employeeNumber: 'NC-0731',
    level: 'two-star',
    workPattern: 'five-on-two-off',
    employment: 'onsite-outsourced',
    employedFrom: `${String(year - 1).padStart(4, '0')}-07-01`,
    timeZone: DEMO_TIME_ZONE,
  };
}

/** The airline after-sales hotline the vendor (乙方) runs for its client (甲方). */
export function buildDemoProject(): Project {
  return {
    id: DEMO_PROJECT_ID,
    orgId: DEMO_ORG_ID,
    name: {
      en: 'Airline ticketing after-sales hotline',
      'zh-CN': '航空公司机票售后热线',
      'zh-TW': '航空公司機票售後熱線',
    },
    clientName: { en: 'Cloud Crane Airlines', 'zh-CN': '云鹤航空', 'zh-TW': '雲鶴航空' },
    businessLine: 'inbound',
    timeZone: DEMO_TIME_ZONE,
    policyId: DEMO_POLICY_ID,
    requiredExamIds: [DEMO_CERTIFICATION_EXAM_ID],
  };
}
