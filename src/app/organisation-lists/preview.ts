import type { Behaviour } from '../../engine/behaviours';
import { LIST_KEYS, type OrganisationLists } from '../../engine/detect/extend-lists';
import type { PatternsByLocale } from '../../engine/detect/phrase-lists';

/** What an organisation's file adds to the released lists, counted, for a trainer to check. */
export interface OrganisationListsPreview {
  id: string;
  version: string;
  /** The version typed turns graded with these lists record. */
  listsVersion: string;
  /** Per behaviour: patterns added (both languages) and phrases added to the avoid list. */
  behaviours: Array<{ behaviour: Behaviour; patterns: number; avoid: number }>;
  /** Per helper list (negators, times…): patterns added. */
  lists: Array<{ list: (typeof LIST_KEYS)[number]; patterns: number }>;
  blocks: number;
}

const counted = (p: PatternsByLocale | undefined) =>
  (p?.['zh-CN']?.length ?? 0) + (p?.en?.length ?? 0);

export function organisationListsPreview(
  organisation: OrganisationLists,
  listsVersion: string,
): OrganisationListsPreview {
  const byBehaviour = new Map<Behaviour, { patterns: number; avoid: number }>();
  const entry = (b: Behaviour) => {
    if (!byBehaviour.has(b)) byBehaviour.set(b, { patterns: 0, avoid: 0 });
    return byBehaviour.get(b)!;
  };
  for (const [b, patterns] of Object.entries(organisation.behaviours ?? {}) as Array<
    [Behaviour, PatternsByLocale]
  >) {
    entry(b).patterns += counted(patterns);
  }
  for (const phrase of organisation.avoid ?? []) entry(phrase.behaviour).avoid += 1;
  return {
    id: organisation.id,
    version: organisation.version,
    listsVersion,
    behaviours: [...byBehaviour.entries()]
      .filter(([, c]) => c.patterns + c.avoid > 0)
      .map(([behaviour, c]) => ({ behaviour, ...c })),
    lists: LIST_KEYS.map((list) => ({ list, patterns: counted(organisation[list]) })).filter(
      (l) => l.patterns > 0,
    ),
    blocks: organisation.blocks?.length ?? 0,
  };
}
