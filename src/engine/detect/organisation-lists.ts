import { z } from 'zod';
import { BEHAVIOURS } from '../behaviours';
import { readJsonBytes } from '../input/read-json';
import { problem, schemaProblems, type Problem } from '../validation/problem';
import { LOCALES } from '../vocabulary';
import { extendLists, LIST_KEYS, type OrganisationLists } from './extend-lists';
import { patternRisk } from './pattern-safety';
import type { PhraseLists } from './phrase-lists';

/** An organisation's additions are a few hundred phrases; a larger file is not a phrase list. */
export const MAX_ORGANISATION_LISTS_BYTES = 1024 * 1024;

const pattern = z.string().min(1).max(300);
const patterns = z
  .object({
    'zh-CN': z.array(pattern).max(500).optional(),
    en: z.array(pattern).max(500).optional(),
  })
  .strict();
const behaviour = z.enum(BEHAVIOURS);

/** An organisation's phrase-list file, as read and as stored (each imported version kept). */
export const organisationListsSchema = z
  .object({
    // Both end up in the merged lists' version, which every typed turn records.
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
    version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$/),
    behaviours: z.partialRecord(behaviour, patterns).optional(),
    avoid: z
      .array(
        z.object({ lang: z.enum(LOCALES), phrase: z.string().min(1).max(200), behaviour }).strict(),
      )
      .max(1000)
      .optional(),
    blocks: z
      .array(
        z
          .object({ by: behaviour, drop: behaviour, scope: z.enum(['overlap', 'sentence']) })
          .strict(),
      )
      .max(200)
      .optional(),
    negators: patterns.optional(),
    refusals: patterns.optional(),
    concessions: patterns.optional(),
    contrasts: patterns.optional(),
    times: patterns.optional(),
    actions: patterns.optional(),
    hedges: patterns.optional(),
    past: patterns.optional(),
    closings: patterns.optional(),
    settled: patterns.optional(),
    unsettled: patterns.optional(),
    filler: patterns.optional(),
  })
  .strict();
export type OrganisationListsFile = z.infer<typeof organisationListsSchema>;

/** Every pattern of the file that is not a regular expression, located. */
function badPatterns(lists: OrganisationLists): Problem[] {
  const found: Problem[] = [];
  const check = (path: string, source: string) => {
    try {
      new RegExp(source, 'gu');
    } catch {
      found.push(
        problem(path, {
          en: 'is not a regular expression the detector can use',
          'zh-CN': '不是检测器能用的正则表达式',
        }),
      );
      return;
    }
    const risk = patternRisk(source);
    if (risk === 'nested-repetition') {
      found.push(
        problem(path, {
          en: 'repeats a group that itself repeats or branches, which can freeze the typing box on a long reply; write the repetition once',
          'zh-CN': '把本身就重复或带分支的一组再重复，遇到长回复时可能让打字框卡住；请只写一层重复',
        }),
      );
    } else if (risk === 'back-reference') {
      found.push(
        problem(path, {
          en: 'refers back to an earlier group (\\1, \\k<…>), which phrase lists do not need and the detector does not allow',
          'zh-CN': '引用了前面的分组（\\1、\\k<…>），短语表用不到，检测器也不允许',
        }),
      );
    }
  };
  const groups: Array<[string, z.infer<typeof patterns> | undefined]> = [
    ...Object.entries(lists.behaviours ?? {}).map(
      ([b, p]) => [`$.behaviours.${b}`, p] as [string, z.infer<typeof patterns>],
    ),
    ...LIST_KEYS.map(
      (key) => [`$.${key}`, lists[key]] as [string, z.infer<typeof patterns> | undefined],
    ),
  ];
  for (const [path, byLocale] of groups) {
    for (const locale of LOCALES) {
      byLocale?.[locale]?.forEach((source, i) => check(`${path}["${locale}"][${i}]`, source));
    }
  }
  return found;
}

/**
 * An organisation's phrase-list file merged onto the bundled lists, read under the hostile-input
 * rules: size-capped, strict JSON, every field checked, every pattern compiled, problems located.
 */
export function readOrganisationLists(
  bytes: Uint8Array,
  base: PhraseLists,
):
  | { ok: true; lists: PhraseLists; organisation: OrganisationListsFile }
  | { ok: false; problems: Problem[] } {
  const read = readJsonBytes(bytes, MAX_ORGANISATION_LISTS_BYTES);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const parsed = organisationListsSchema.safeParse(read.value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: schemaProblems(organisationListsSchema, read.value, parsed.error),
    };
  }
  const organisation = parsed.data;
  const bad = badPatterns(organisation);
  if (bad.length > 0) return { ok: false, problems: bad };
  return { ok: true, lists: extendLists(base, organisation), organisation };
}
