import type { LocalizedText } from '../localized-text';

export type BusinessLine = 'inbound' | 'outbound' | 'chat';

export interface Project {
  id: string;
  orgId: string;
  name: LocalizedText;
  clientName: LocalizedText;
  businessLine: BusinessLine;
  /** IANA time zone in which the project's shifts are published. */
  timeZone: string;
  policyId: string;
  /** Exam ids whose certificates an agent must hold to work this project. */
  requiredExamIds: string[];
}
