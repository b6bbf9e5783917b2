import type { AgentProfile } from '@/domain/agent/agent-profile';
import type { Project } from '@/domain/agent/project';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import type { WorkbenchDb } from './db';

export interface AgentContext {
  profile: AgentProfile;
  project: Project | undefined;
  /** The newest policy version in force on `day`. */
  policy: ProjectPolicy | undefined;
}

export function createProfileRepository(db: WorkbenchDb) {
  return {
    async findAgentContext(day: string): Promise<AgentContext | undefined> {
      return db.transaction('r', [db.agentProfile, db.projects, db.policies], async () => {
        const profile = await db.agentProfile.toCollection().first();
        if (!profile) return undefined;
        const project = await db.projects.get(profile.projectId);
        const policies = await db.policies.where('projectId').equals(profile.projectId).toArray();
        const policy = policies
          .filter((candidate) => candidate.effectiveFrom <= day)
          .sort((a, b) => b.version - a.version)[0];
        return { profile, project, policy };
      });
    },
  };
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>;
