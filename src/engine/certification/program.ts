import { z } from 'zod';
import { localizedText } from '../scenario-schema';

const scenarioId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const score = z.number().int().min(0).max(100);

/** The program schema's own messages, in both languages; zod words every other problem itself. */
export const PROGRAM_MESSAGES = {
  requirement: {
    en: 'a level needs at least one requirement',
    'zh-CN': '每个等级至少要有一项要求',
  },
  uniqueLevels: { en: 'level ids must be unique', 'zh-CN': '等级 id 不能重复' },
} as const;

/**
 * What a level asks for. Every part is optional so HR can shape a level freely; a level with no
 * requirement at all is refused.
 */
export const levelSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]{1,32}$/),
    name: localizedText,
    /** Any `count` different cases, each with a counting certification run at ≥ `minScore`. */
    anyScenarios: z
      .strictObject({ count: z.number().int().min(1).max(50), minScore: score })
      .optional(),
    /**
     * Every core case at ≥ `minScore`, of which at least `hardCount` have difficulty ≥
     * `hardDifficulty` (so a core list of easy cases cannot certify anyone).
     */
    coreScenarios: z
      .strictObject({
        minScore: score,
        hardCount: z.number().int().min(0).max(50),
        hardDifficulty: z.number().int().min(1).max(5),
      })
      .optional(),
    /** No critical error in the last N counting certification runs. */
    noCriticalInLast: z.number().int().min(1).max(20).optional(),
    /** Best knowledge-quiz sitting, percent correct. */
    quizMinPercent: score.optional(),
    /** At least one role-play observed by a trainer scored at ≥ this. */
    observationMinTotal: score.optional(),
    /**
     * The level's case runs count only when the trainee said every reply in their own words
     * ("say it yourself"): recall and phrasing, not recognising the best of four. It qualifies
     * the case requirements and is no requirement of its own.
     */
    requireTyped: z.boolean().optional(),
  })
  .refine(
    (l) =>
      l.anyScenarios ??
      l.coreScenarios ??
      l.noCriticalInLast ??
      l.quizMinPercent ??
      l.observationMinTotal,
    { message: PROGRAM_MESSAGES.requirement.en },
  );

export const programSchema = z.strictObject({
  version: z.number().int().min(1),
  /** Cases every certified complaint seat must handle. */
  coreScenarioIds: z.array(scenarioId).max(100),
  /** How long an award is valid, and how far back evidence may date. */
  validityMonths: z.number().int().min(1).max(60),
  levels: z
    .array(levelSchema)
    .min(1)
    .max(10)
    .refine((levels) => new Set(levels.map((l) => l.id)).size === levels.length, {
      message: PROGRAM_MESSAGES.uniqueLevels.en,
    }),
});

export type CertificationProgram = z.infer<typeof programSchema>;

/** Whether a level of the program needs typed runs: then every certification run is typed. */
export const requiresTypedRuns = (program: Pick<CertificationProgram, 'levels'>): boolean =>
  program.levels.some((level) => level.requireTyped === true);
export type CertificationLevel = z.infer<typeof levelSchema>;

/**
 * The core cases of program v1: one of each channel (phone, counter, on site, online), the classic
 * situations the course keeps returning to (wrong part shipped, a demand for the manager, a fee
 * dispute at the counter, a frightened parent), and three hard ones (difficulty 4–5) so that the
 * "two of difficulty ≥ 4" rule is satisfiable and the top level means real skill.
 */
export const DEFAULT_CORE_SCENARIOS = [
  'wrong-spare-part',
  'manager-demand',
  'card-annual-fee',
  'anxious-parent-clinic',
  'air-conditioner-remote',
  'bank-social-security',
  'online-leak-post',
] as const;

export const DEFAULT_PROGRAM: CertificationProgram = {
  version: 1,
  coreScenarioIds: [...DEFAULT_CORE_SCENARIOS],
  validityMonths: 12,
  levels: [
    {
      id: 'foundation',
      name: { 'zh-CN': '基础认证', en: 'Foundation' },
      anyScenarios: { count: 5, minScore: 70 },
      quizMinPercent: 80,
    },
    {
      id: 'complaint-seat',
      name: { 'zh-CN': '投诉专席认证', en: 'Complaint Seat Certified' },
      coreScenarios: { minScore: 80, hardCount: 2, hardDifficulty: 4 },
      noCriticalInLast: 3,
      quizMinPercent: 90,
      observationMinTotal: 80,
    },
  ],
};

/** Reads a stored program; anything that no longer validates falls back to nothing. */
export function parseProgram(stored: unknown): CertificationProgram | null {
  const result = programSchema.safeParse(stored);
  return result.success ? result.data : null;
}
