import { caseSkills } from '../../engine/case-skills';
import { contentHash } from '../../engine/content-hash';
import type { Scenario } from '../../engine/scenario-schema';
import type { CaseSummary } from '../../scenarios/case-summary';

export async function summarize(scenario: Scenario): Promise<CaseSummary> {
  return {
    id: scenario.id,
    version: scenario.version,
    contentHash: await contentHash(scenario),
    title: scenario.title,
    briefing: scenario.briefing,
    industry: scenario.industry,
    channel: scenario.channel,
    kind: scenario.kind ?? 'call',
    contacts: scenario.stages?.length ?? 1,
    stages: scenario.stages?.length ?? 1,
    difficulty: scenario.difficulty,
    objectives: scenario.objectives,
    skills: caseSkills(scenario),
  };
}
