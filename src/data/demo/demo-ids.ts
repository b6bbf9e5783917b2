/** Fixed ids of the demo workspace, so every generated row can point at the others. */
export const DEMO_AGENT_ID = 'demo-agent';
export const DEMO_ORG_ID = 'demo-org';
export const DEMO_PROJECT_ID = 'demo-project-airline-after-sales';
export const DEMO_POLICY_ID = 'demo-policy-airline-after-sales';
export const DEMO_TIME_ZONE = 'Asia/Shanghai';

export const DEMO_MODULE_IDS = {
  serviceRules: 'demo-module-service-rules',
  salesFlow: 'demo-module-sales-flow',
  servicePhrases: 'demo-module-service-phrases',
} as const;

export const DEMO_EXAM_IDS = {
  serviceRules: 'demo-exam-service-rules',
  salesFlow: 'demo-exam-sales-flow',
  servicePhrases: 'demo-exam-service-phrases',
} as const;

/** The exam the project requires before an agent may take its calls. */
export const DEMO_CERTIFICATION_EXAM_ID = DEMO_EXAM_IDS.serviceRules;
