import type { Figures } from './figures';

/** An item of a grade file the case cannot play; it counts as a miss in every figure it is in. */
export interface UnplayableItem {
  case: string;
  kind: 'reply' | 'transcript' | 'pair';
  /** A transcript's or pair's id; a reply's is `<node>/<choice>`. */
  id: string;
  /** The reply the case did not offer; null when the case or the ending is what is missing. */
  atChoice: string | null;
  reason: string;
}

/** A reply the engine grades outside the expert's band. */
export interface ReplyDisagreement {
  case: string;
  kind: 'reply';
  id: string;
  node: string;
  prefix: string[];
  choice: string;
  expertBand: string;
  engineScore: number;
  /** Null when the engine's grade falls between the scale's bands. */
  engineBand: string | null;
  /** The ordering and penalty rules that fired on the turn. */
  rules: string[];
}

/** A whole call whose engine total falls outside the expert's band. */
export interface TranscriptDisagreement {
  case: string;
  kind: 'transcript';
  id: string;
  /** The ending the call reached. */
  node: string;
  /** The transcript's replies. */
  prefix: string[];
  choice: null;
  expertBand: string;
  engineScore: number;
  engineBand: string | null;
  /** The ordering and penalty rules that fired on any turn, in the order they first fired. */
  rules: string[];
}

/** Two replies at one point that the engine does not grade strictly in the expert's order. */
export interface PairDisagreement {
  case: string;
  kind: 'pair';
  id: string;
  node: string;
  prefix: string[];
  choice: { better: string; worse: string };
  /** A pair has no band from the expert, only an order. */
  expertBand: null;
  engineScore: { better: number; worse: number };
  engineBand: { better: string | null; worse: string | null };
  rules: { better: string[]; worse: string[] };
}

export type Disagreement = ReplyDisagreement | TranscriptDisagreement | PairDisagreement;

/** Two transcripts of one case where the one the expert scores higher reaches a worse ending. */
export interface OutcomeInversion {
  case: string;
  higher: string;
  lower: string;
}

/** What `sim agree` prints. */
export interface AgreementReport {
  figures: Figures;
  perCase: Record<string, Figures>;
  outcomeInversions: OutcomeInversion[];
  unplayable: UnplayableItem[];
  disagreements: Disagreement[];
  versionWarnings: string[];
}
