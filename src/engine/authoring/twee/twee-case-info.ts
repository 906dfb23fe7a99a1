import { z } from 'zod';
import {
  appearanceSchema,
  CASE_KINDS,
  moodModelSchema,
  type LocalizedText,
  type Scenario,
} from '../../scenario-schema';
import { PACK_CAPS } from '../../validation/limits';
import { CHANNELS, FORMAT_VERSIONS, INDUSTRIES, PSYCHOLOGIES } from '../../vocabulary';

/** The passage that carries the case's own fields (everything but its nodes) as JSON. */
export const CASE_INFO = 'CaseInfo';

/** A text of a draft: both languages present as strings, either may still be empty. */
const draftText = z.strictObject({
  'zh-CN': z.string().max(PACK_CAPS.textChars),
  en: z.string().max(PACK_CAPS.textChars),
});
const level = z.number().int().min(0).max(100);

/**
 * The case's fields as a draft may hold them: the types the editor relies on, with texts allowed
 * to be empty (the draft checks list those as missing). Every field is optional; what is left out
 * keeps the blank case's value.
 */
const caseInfoSchema = z.strictObject({
  formatVersion: z.union(FORMAT_VERSIONS.map((v) => z.literal(v))).optional(),
  id: z.string().max(64).optional(),
  version: z.number().int().min(1).optional(),
  title: draftText.optional(),
  briefing: draftText.optional(),
  industry: z.enum(INDUSTRIES).optional(),
  channel: z.enum(CHANNELS).optional(),
  kind: z.enum(CASE_KINDS).optional(),
  difficulty: z.number().int().min(1).max(5).optional(),
  objectives: z.array(draftText).min(1).max(20).optional(),
  source: z.strictObject({ caseId: z.string().max(200), file: z.string().max(500) }).optional(),
  notes: draftText.optional(),
  persona: z
    .strictObject({
      name: draftText.optional(),
      profile: draftText.optional(),
      psychology: z.enum(PSYCHOLOGIES).optional(),
      surfaceComplaint: draftText.optional(),
      realExpectation: draftText.optional(),
      startingMood: z.strictObject({ anger: level, trust: level }).optional(),
      agitatedAt: level.optional(),
      appearance: appearanceSchema.optional(),
    })
    .optional(),
  protocol: z.enum(['bank-seven-steps']).optional(),
  companyAtFault: z.boolean().optional(),
  replySeconds: z.number().int().min(10).max(300).optional(),
  moodModel: moodModelSchema.optional(),
  facts: z
    .array(z.strictObject({ id: z.string().max(64), description: draftText }))
    .max(PACK_CAPS.nodes)
    .optional(),
  // A case spanning several contacts travels with its stages, so it comes back whole.
  stages: z
    .array(
      z.strictObject({
        id: z.string().max(64),
        title: draftText,
        channel: z.enum(CHANNELS),
        startNode: z.string().max(64),
        elapsed: draftText.optional(),
        checks: z
          .array(
            z.strictObject({
              fact: z.string().max(64),
              keptWhen: z.string().max(64).optional(),
              text: draftText,
            }),
          )
          .max(PACK_CAPS.nodes)
          .optional(),
      }),
    )
    .max(6)
    .optional(),
});
export type CaseInfo = z.infer<typeof caseInfoSchema>;

/** The case info read, or each field that is wrong, named as the JSON writes it. */
export function readCaseInfo(
  value: unknown,
): { ok: true; info: CaseInfo } | { ok: false; faults: LocalizedText[] } {
  const read = caseInfoSchema.safeParse(value);
  if (read.success) return { ok: true, info: read.data };
  return {
    ok: false,
    faults: read.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.join(', ');
        return {
          en: `${field ? `in “${field}”, ` : ''}“${keys}” is not a field of a case`,
          'zh-CN': `${field ? `“${field}”中的` : ''}“${keys}”不是案例的字段`,
        };
      }
      return {
        en: `the field “${field}” has a value a case cannot hold`,
        'zh-CN': `字段“${field}”的值不是案例能用的`,
      };
    }),
  };
}

/** The case's own fields, for the CaseInfo passage: all but the nodes and the start. */
export function caseInfoOf(scenario: Scenario): CaseInfo {
  const { nodes: _nodes, start: _start, ...info } = scenario;
  return info;
}
