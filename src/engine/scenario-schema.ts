import { z } from 'zod';

// Validation must run under the app's Content-Security-Policy, which forbids eval.
z.config({ jitless: true });
import { BEHAVIOURS } from './behaviours';

import {
  CHANNELS,
  CUES,
  FORMAT_VERSIONS,
  INDUSTRIES,
  OUTCOMES,
  PACK_FORMAT,
  PSYCHOLOGIES,
} from './vocabulary';

/**
 * Scenario format v2. A version may add optional fields but never remove or retype one, so every
 * pack written for v1 keeps loading; v2 added facts (a reply's `sets` and `clears`, a line's `when`
 * and `unless`, a branch's `fact`, the case's `facts` named with their meaning), which a v1 case
 * may not use. The schema has no defaults: what
 * validates is exactly what the engine reads, so bundled cases need no parsing at run time.
 */

/** The schema's own messages, in both languages; zod words every other problem itself. */
export const SCHEMA_MESSAGES = {
  nonBlank: { en: 'must not be empty', 'zh-CN': '不能为空' },
  id: {
    en: 'use lower-case letters, digits and hyphens (max 64)',
    'zh-CN': '只能用小写字母、数字和连字符（最多 64 个）',
  },
  moodRange: { en: 'give atLeast or below', 'zh-CN': '请给出 atLeast 或 below' },
  condition: {
    en: 'a condition needs agitated, anger, trust or fact',
    'zh-CN': '条件至少要有 agitated、anger、trust 或 fact 之一',
  },
  factsNeedV2: {
    en: 'facts (sets, clears, a line’s when or unless, a branch’s fact) need formatVersion 2',
    'zh-CN': '事实（sets、clears、台词的 when 或 unless、分支的 fact）需要 formatVersion 2',
  },
  scenarioNewerThanPack: {
    en: 'a case cannot have a newer formatVersion than its pack',
    'zh-CN': '案例的 formatVersion 不能高于所在数据包的版本',
  },
} as const;

const nonBlank = z.string().trim().min(1, SCHEMA_MESSAGES.nonBlank.en);

/** Every human-readable text carries both languages; a missing one is a validation error. */
export const localizedText = z.strictObject({ 'zh-CN': nonBlank, en: nonBlank });
export type LocalizedText = z.infer<typeof localizedText>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, SCHEMA_MESSAGES.id.en);

/** Every pack format version the app reads: a newer one only adds optional fields. */
const formatVersion = z.union(FORMAT_VERSIONS.map((v) => z.literal(v)));

/**
 * What the call has established so far (a callback promised, a refund made, a date given), named
 * by the case: a reply sets or clears it, and a line, a branch or an ending can depend on it.
 */
const factIds = z.array(id).min(1).refine(unique, 'facts repeat');

/**
 * A fact the case names, with what it means in both languages, so an author (and a trainer reading
 * the pack) knows what a reply that sets it has done. Declaring is optional: a fact used without a
 * declaration still works.
 */
export const factDeclarationSchema = z.strictObject({ id, description: localizedText });
export type FactDeclaration = z.infer<typeof factDeclarationSchema>;

/** A fact the call must have established (in `when`) or must not have (in `unless`). */
export const factConditionSchema = z.strictObject({ fact: id });
export type FactCondition = z.infer<typeof factConditionSchema>;

const moodLevel = z.number().int().min(0).max(100);

/** The customer's state: anger and trust, each 0–100. */
export const moodSchema = z.strictObject({ anger: moodLevel, trust: moodLevel });
export type Mood = z.infer<typeof moodSchema>;

const moodDelta = z.number().int().min(-100).max(100);

/** How a reply moves the customer's mood. */
export const moodEffectSchema = z.strictObject({
  anger: moodDelta.optional(),
  trust: moodDelta.optional(),
});
export type MoodEffect = z.infer<typeof moodEffectSchema>;

const moodRange = z
  .strictObject({ atLeast: moodLevel.optional(), below: moodLevel.optional() })
  .refine((r) => r.atLeast !== undefined || r.below !== undefined, SCHEMA_MESSAGES.moodRange.en);

/**
 * A condition on the customer's mood at the moment the reply is given (before its own effect, unless
 * the case's `moodModel.branchMood` says after): the same words land differently on a customer who
 * is still angry.
 */
export const moodConditionSchema = z
  .strictObject({
    agitated: z.boolean().optional(),
    anger: moodRange.optional(),
    trust: moodRange.optional(),
    /** The call has established this fact (before this reply, like the mood). */
    fact: id.optional(),
  })
  .refine((c) => Object.keys(c).length > 0, SCHEMA_MESSAGES.condition.en);
export type MoodCondition = z.infer<typeof moodConditionSchema>;

/** Who writes the customer's reaction to a reply into the mood (see `moodModelSchema`). */
export const MOOD_REACTIONS = ['engine', 'author'] as const;
export type MoodReactions = (typeof MOOD_REACTIONS)[number];

/** Which mood a mood-dependent branch tests (see `moodModelSchema`). */
export const BRANCH_MOODS = ['before-reply', 'after-reply'] as const;
export type BranchMood = (typeof BRANCH_MOODS)[number];

/**
 * How a case's mood arithmetic works, for authors who keep their own mood model. Both settings are
 * optional and default to how the engine has always played a case, so a pack without them plays
 * exactly as before.
 * - `reactions`: `engine` (default) adds the simulated customer's own reactions (reactions.ts: feels
 *   understood, bristles, resigned) on top of each reply's mood effect; `author` means each reply's
 *   effect already is the customer's whole reaction, so the engine adds nothing to a reply (silence,
 *   which no reply's effect covers, still angers the customer).
 * - `branchMood`: `before-reply` (default) tests a branch's mood condition on the mood the reply
 *   was given in; `after-reply` tests it on that mood plus the reply's own effect (before any engine
 *   reaction). A branch's fact is always the one established before the reply.
 * The model is part of the case's content, so a recorded call replays with the model it was played on.
 */
export const moodModelSchema = z.strictObject({
  reactions: z.enum(MOOD_REACTIONS).optional(),
  branchMood: z.enum(BRANCH_MOODS).optional(),
});
export type MoodModel = z.infer<typeof moodModelSchema>;

/** What a case asks of the trainee: a call, or a written reply composed paragraph by paragraph. */
export const CASE_KINDS = ['call', 'written-reply'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** Where a reply leads: a node id, or branches tried in order with a fallback. */
export const nextSchema = z.union([
  id,
  z.strictObject({
    branches: z.array(z.strictObject({ when: moodConditionSchema, to: id })).min(1),
    otherwise: id,
  }),
]);
export type Next = z.infer<typeof nextSchema>;

/** One thing the customer says. */
export const customerLineSchema = z.strictObject({
  text: localizedText,
  /** The signal this line carries for a trainee who listens closely (F000 §2). */
  cue: z.enum(CUES).optional(),
  /** The one line per scenario that reveals the customer's hidden real expectation. */
  keyCue: z.boolean().optional(),
  /** Said only once the call has established this fact (after the reply that led here). */
  when: factConditionSchema.optional(),
  /** Said only while the call has not established this fact. */
  unless: factConditionSchema.optional(),
});
export type CustomerLine = z.infer<typeof customerLineSchema>;

/** A reply the trainee can give. */
export const choiceSchema = z.strictObject({
  /** Unique within the scenario; recorded attempts refer to replies by this id. */
  id,
  text: localizedText,
  behaviours: z.array(z.enum(BEHAVIOURS)).min(1).refine(unique, 'behaviours repeat'),
  mood: moodEffectSchema,
  /** What a trainer would say about this reply in the debrief. */
  note: localizedText,
  next: nextSchema,
  /** The expert's reply at this decision point; exactly one per decision node. */
  recommended: z.boolean().optional(),
  /** Facts this reply establishes: a callback promised, a refund made, a deadline set. */
  sets: factIds.optional(),
  /** Facts this reply withdraws. */
  clears: factIds.optional(),
  /** In a written reply: this choice sends the letter as it stands instead of adding a paragraph. */
  send: z.literal(true).optional(),
});
export type Choice = z.infer<typeof choiceSchema>;

export const decisionNodeSchema = z.strictObject({
  id,
  kind: z.literal('decision'),
  lines: z.array(customerLineSchema).min(1),
  choices: z.array(choiceSchema).min(2).max(4),
});
export type DecisionNode = z.infer<typeof decisionNodeSchema>;

export const endingNodeSchema = z.strictObject({
  id,
  kind: z.literal('ending'),
  lines: z.array(customerLineSchema).min(1),
  outcome: z.enum(OUTCOMES),
  /** What happened, told to the trainee in the debrief. */
  summary: localizedText,
});
export type EndingNode = z.infer<typeof endingNodeSchema>;

export const nodeSchema = z.discriminatedUnion('kind', [decisionNodeSchema, endingNodeSchema]);
export type ScenarioNode = z.infer<typeof nodeSchema>;

/** Drawing parameters for the customer's face; all optional so a persona works without them. */
export const appearanceSchema = z.strictObject({
  age: z.enum(['young', 'middle', 'senior']).optional(),
  hair: z.enum(['short', 'long', 'bun', 'bald']).optional(),
  skin: z.number().int().min(0).max(4).optional(),
  glasses: z.boolean().optional(),
});
export type Appearance = z.infer<typeof appearanceSchema>;

export const personaSchema = z.strictObject({
  name: localizedText,
  profile: localizedText,
  psychology: z.enum(PSYCHOLOGIES),
  surfaceComplaint: localizedText,
  realExpectation: localizedText,
  startingMood: moodSchema,
  /** Anger at or above this counts as agitated for the mood-before-matter rule. */
  agitatedAt: moodLevel.optional(),
  appearance: appearanceSchema.optional(),
});
export type Persona = z.infer<typeof personaSchema>;

/**
 * A promise the trainee can make in one stage and the company must keep before a later one (a
 * callback by Thursday, a technician on Saturday). Making it is setting `fact`; when the stage that
 * checks it opens, the promise is kept if `keptWhen` holds (the reply that booked the callback, a
 * slot that exists) or, without `keptWhen`, whenever it was made. The engine then establishes
 * `<fact>-kept` or `<fact>-broken`, so that stage's customer remembers and its branches can follow.
 */
export const promiseSchema = z.strictObject({
  fact: id,
  keptWhen: id.optional(),
  /** What was promised, for the debrief. */
  text: localizedText,
});
export type StagePromise = z.infer<typeof promiseSchema>;

/**
 * One contact of a case that spans several (first call, callback, a visit, a public post). Stages
 * follow one another in the order listed; the first starts at the case's `start`. Each node belongs
 * to the stage whose start reaches it first, so one attempt plays every stage through one machine.
 */
export const stageSchema = z.strictObject({
  id,
  title: localizedText,
  channel: z.enum(CHANNELS),
  startNode: id,
  /** The simulated time shown before this stage (两天后 / Two days later); not on the first. */
  elapsed: localizedText.optional(),
  /** Promises checked when this stage opens. */
  checks: z.array(promiseSchema).optional(),
});
export type Stage = z.infer<typeof stageSchema>;

export const scenarioSchema = z
  .strictObject({
    formatVersion,
    id,
    version: z.number().int().min(1),
    title: localizedText,
    /** One or two sentences shown on the library card before the call. */
    briefing: localizedText,
    industry: z.enum(INDUSTRIES),
    channel: z.enum(CHANNELS),
    /**
     * `call` (the default) is a conversation; `written-reply` is a letter composed paragraph by
     * paragraph: each decision point is a paragraph slot and a `send` choice ends it.
     */
    kind: z.enum(CASE_KINDS).optional(),
    difficulty: z.number().int().min(1).max(5),
    objectives: z.array(localizedText).min(1),
    source: z.strictObject({ caseId: nonBlank, file: nonBlank }),
    /** Authoring notes, including which details the sources do not give. */
    notes: localizedText,
    persona: personaSchema,
    /** The setting calls for the bank counter's 7 steps (a crowded counter, onlookers). */
    protocol: z.enum(['bank-seven-steps']).optional(),
    /** False when the company did nothing wrong; an apology is then welcome but not owed. */
    companyAtFault: z.boolean().optional(),
    /** Seconds per reply in timed mode; by default 45, and off for difficulty 1–2. */
    replySeconds: z.number().int().min(10).max(300).optional(),
    /** Whose numbers the mood follows and which mood a branch tests; by default, the engine's. */
    moodModel: moodModelSchema.optional(),
    /** The facts this case names (format 2). */
    facts: z
      .array(factDeclarationSchema)
      .refine((facts) => unique(facts.map((f) => f.id)), 'facts repeat')
      .optional(),
    /** The contacts this case spans, in order (format 2); a case without them is one call. */
    stages: z.array(stageSchema).min(2).max(6).optional(),
    start: id,
    nodes: z.array(nodeSchema).min(2),
  })
  .refine((s) => s.formatVersion >= 2 || !usesFacts(s), {
    message: SCHEMA_MESSAGES.factsNeedV2.en,
    path: ['formatVersion'],
  });
export type Scenario = z.infer<typeof scenarioSchema>;

export const packSchema = z
  .strictObject({
    /** Where an editor finds the JSON Schema to check the file against; the app ignores it. */
    $schema: z.string().max(500).optional(),
    format: z.literal(PACK_FORMAT),
    formatVersion,
    scenarios: z.array(scenarioSchema).min(1),
    media: z.record(z.string(), z.unknown()),
  })
  .refine((p) => p.scenarios.every((s) => s.formatVersion <= p.formatVersion), {
    message: SCHEMA_MESSAGES.scenarioNewerThanPack.en,
    path: ['formatVersion'],
  });
export type Pack = z.infer<typeof packSchema>;

/** Whether a case uses anything format version 2 added. */
function usesFacts(scenario: {
  facts?: unknown;
  stages?: unknown;
  nodes: readonly ScenarioNode[];
}): boolean {
  // Stages carry their promises as facts.
  if (scenario.facts || scenario.stages) return true;
  return scenario.nodes.some(
    (n) =>
      n.lines.some((l) => l.when || l.unless) ||
      (n.kind === 'decision' &&
        n.choices.some(
          (c) =>
            c.sets ||
            c.clears ||
            (typeof c.next !== 'string' && c.next.branches.some((b) => b.when.fact)),
        )),
  );
}

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}
