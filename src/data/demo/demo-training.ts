import type { Certificate, Exam, Lesson, TrainingModule } from '@/domain/training/training';
import { DEMO_AGENT_ID, DEMO_EXAM_IDS } from './demo-ids';
import { buildSalesFlowTraining } from './sales-flow-training';
import { buildServicePhrasesTraining } from './service-phrases-training';
import { buildServiceRulesTraining } from './service-rules-training';
import { addDays } from './shanghai-date';

export interface DemoTraining {
  trainingModules: TrainingModule[];
  lessons: Lesson[];
  exams: Exam[];
  certificates: Certificate[];
}

/**
 * The project's three modules with their exams. The agent has passed the service-phrases
 * practice exam; the certification was re-issued as version 2 after the client's rule update,
 * so she has yet to pass it.
 */
export function buildDemoTraining(today: string): DemoTraining {
  const bundles = [
    buildServiceRulesTraining(),
    buildSalesFlowTraining(),
    buildServicePhrasesTraining(),
  ];
  return {
    trainingModules: bundles.map((bundle) => bundle.module),
    lessons: bundles.flatMap((bundle) => bundle.lessons),
    exams: bundles.map((bundle) => bundle.exam),
    certificates: [
      {
        id: `demo-certificate-${DEMO_EXAM_IDS.servicePhrases}`,
        agentId: DEMO_AGENT_ID,
        examId: DEMO_EXAM_IDS.servicePhrases,
        issuedOn: addDays(today, -20),
        expiresOn: null,
      },
    ],
  };
}
