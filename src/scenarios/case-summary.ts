import type { CaseKind, LocalizedText } from '../engine/scenario-schema';
import type { DimensionId } from '../engine/scoring/dimensions';
import type { Channel, Industry } from '../engine/vocabulary';

/** What the library shows of a case before its dialogue is loaded. */
export interface CaseSummary {
  id: string;
  version: number;
  /** SHA-256 of the case content, to tell whether a saved call was played on this exact text. */
  contentHash: string;
  title: LocalizedText;
  briefing: LocalizedText;
  industry: Industry;
  channel: Channel;
  /** A call (spoken or typed turn by turn) or a written reply composed paragraph by paragraph. */
  kind: CaseKind;
  /** How many contacts the complaint spans (first call, callback, a post…): 1 for one call. */
  contacts: number;
  /** How many contacts the case spans (first call, callback, a public post…); 1 for one call. */
  stages: number;
  difficulty: number;
  objectives: LocalizedText[];
  /** Dimensions the expert path keeps asking for, strongest first. */
  skills: DimensionId[];
}
