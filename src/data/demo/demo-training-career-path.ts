import type { CareerLevel } from '@/domain/policy/project-policy';
import { DEMO_EXAM_IDS } from './demo-ids';
import { localized } from './training-bundle';

/**
 * The demo project's career ladder, lowest first. The rungs use the agents' star levels as ids, so
 * an agent's profile level says where they stand (the demo agent is a senior, two-star agent
 * working towards expert). Each rung asks for certificates and last month's metrics.
 */
export function buildDemoCareerPath(): CareerLevel[] {
  return [
    {
      id: 'base',
      title: localized('Junior agent', '初级坐席', '初級坐席'),
      requiredExamIds: [],
      requiredMetrics: [],
    },
    {
      id: 'one-star',
      title: localized('Intermediate agent', '中级坐席', '中級坐席'),
      requiredExamIds: [DEMO_EXAM_IDS.serviceRules],
      requiredMetrics: [{ metric: 'scheduleAdherence', min: 95, max: null }],
    },
    {
      id: 'two-star',
      title: localized('Senior agent', '高级坐席', '高級坐席'),
      requiredExamIds: [DEMO_EXAM_IDS.serviceRules, DEMO_EXAM_IDS.servicePhrases],
      requiredMetrics: [
        { metric: 'scheduleAdherence', min: 97, max: null },
        { metric: 'firstContactResolution', min: 85, max: null },
      ],
    },
    {
      id: 'three-star',
      title: localized('Expert agent', '专家坐席', '專家坐席'),
      requiredExamIds: [
        DEMO_EXAM_IDS.serviceRules,
        DEMO_EXAM_IDS.servicePhrases,
        DEMO_EXAM_IDS.salesFlow,
      ],
      requiredMetrics: [
        { metric: 'scheduleAdherence', min: 99, max: null },
        { metric: 'firstContactResolution', min: 90, max: null },
        { metric: 'satisfaction', min: 90, max: null },
        { metric: 'fatalErrorAccuracy', min: 99, max: null },
      ],
    },
  ];
}
