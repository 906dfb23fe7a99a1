/**
 * The closed lists of the scenario format, kept apart from the schema so that the call screen can
 * use them without loading the validation library.
 */
/** The pack format this app writes. */
export const FORMAT_VERSION = 2;
/** Every pack format this app reads: 1 (no facts) and 2 (facts). */
export const FORMAT_VERSIONS = [1, 2] as const;
export const PACK_FORMAT = 'complaint-desk-pack';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CHANNELS = ['phone', 'counter', 'online', 'onsite'] as const;
export type Channel = (typeof CHANNELS)[number];

export const INDUSTRIES = [
  'home-appliances',
  'banking',
  'real-estate',
  'property-management',
  'travel',
  'utilities',
  'healthcare',
  'telecom',
  'retail',
  'manufacturing',
  'automotive',
  'food-beverage',
  'general-service',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** The signals F000 §2 teaches trainees to listen for. */
export const CUES = [
  'repetition',
  'rising-tone',
  'softening',
  'avoidance',
  'exaggeration',
] as const;
export type Cue = (typeof CUES)[number];

export const OUTCOMES = [
  'resolved-satisfied',
  'resolved-grudging',
  'escalated',
  'customer-hung-up',
  'public-complaint',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const PSYCHOLOGIES = [
  'respect-seeker',
  'venter',
  'compensation-seeker',
  'post-purchase-doubter',
  'grieving',
  'anxious',
  'aggrieved',
] as const;
export type Psychology = (typeof PSYCHOLOGIES)[number];

/** Anger at or above this counts as agitated unless the persona says otherwise. */
export const DEFAULT_AGITATED_AT = 60;
