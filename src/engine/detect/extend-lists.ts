import type { Behaviour } from '../behaviours';
import type { AvoidPhrase, Block, PatternsByLocale, PhraseLists } from './phrase-lists';

/**
 * An organisation's own words on top of the bundled lists: its product names in a deflection,
 * its house phrases to avoid. It only adds; removing a bundled phrase would make the same reply
 * grade differently between organisations without anyone seeing why.
 */
export interface OrganisationLists {
  /** Short and stable, e.g. "acme-bank": it becomes part of the merged lists' version. */
  readonly id: string;
  readonly version: string;
  readonly behaviours?: Readonly<Partial<Record<Behaviour, PatternsByLocale>>>;
  readonly avoid?: readonly AvoidPhrase[];
  readonly blocks?: readonly Block[];
  readonly negators?: PatternsByLocale;
  readonly refusals?: PatternsByLocale;
  readonly concessions?: PatternsByLocale;
  readonly contrasts?: PatternsByLocale;
  readonly times?: PatternsByLocale;
  readonly actions?: PatternsByLocale;
  readonly hedges?: PatternsByLocale;
  readonly past?: PatternsByLocale;
  readonly closings?: PatternsByLocale;
  readonly settled?: PatternsByLocale;
  readonly unsettled?: PatternsByLocale;
  readonly filler?: PatternsByLocale;
}

/** The plain pattern lists an organisation may add to, each merged per language. */
export const LIST_KEYS = [
  'negators',
  'refusals',
  'concessions',
  'contrasts',
  'times',
  'actions',
  'hedges',
  'past',
  'closings',
  'settled',
  'unsettled',
  'filler',
] as const;

function mergePatterns(base: PatternsByLocale | undefined, extra: PatternsByLocale | undefined) {
  if (!extra) return base ?? {};
  return {
    'zh-CN': [...(base?.['zh-CN'] ?? []), ...(extra['zh-CN'] ?? [])],
    en: [...(base?.en ?? []), ...(extra.en ?? [])],
  };
}

/**
 * The bundled lists with an organisation's additions. The version names both, so a typed turn
 * graded with them can be re-derived with exactly the same words.
 */
export function extendLists(base: PhraseLists, organisation: OrganisationLists): PhraseLists {
  for (const patterns of Object.values(organisation.behaviours ?? {})) {
    for (const source of [...(patterns['zh-CN'] ?? []), ...(patterns.en ?? [])]) {
      // A bad pattern fails here, when the lists are loaded, not halfway through a call.
      new RegExp(source, 'gu');
    }
  }
  const behaviours: Partial<Record<Behaviour, PatternsByLocale>> = { ...base.behaviours };
  for (const [behaviour, patterns] of Object.entries(organisation.behaviours ?? {}) as Array<
    [Behaviour, PatternsByLocale]
  >) {
    behaviours[behaviour] = mergePatterns(base.behaviours[behaviour], patterns);
  }
  const merged: PhraseLists = {
    ...base,
    version: `${base.version}+${organisation.id}.${organisation.version}`,
    behaviours,
    avoid: [...base.avoid, ...(organisation.avoid ?? [])],
    blocks: [...base.blocks, ...(organisation.blocks ?? [])],
  };
  return LIST_KEYS.reduce<PhraseLists>(
    (lists, key) => ({ ...lists, [key]: mergePatterns(base[key], organisation[key]) }),
    merged,
  );
}
