import { BEHAVIOURS, type Behaviour } from '../behaviours';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface BehaviourFigures extends Counts {
  precision: number | null;
  recall: number | null;
  /** How many items are labelled with the behaviour. */
  support: number;
}

export interface Evaluation {
  items: number;
  listsVersion: string;
  micro: Counts & { precision: number | null; recall: number | null; f1: number | null };
  perBehaviour: Partial<Record<Behaviour, BehaviourFigures>>;
  errors: Array<{ id: string; missed: Behaviour[]; extra: Behaviour[] }>;
}

export interface Scored {
  readonly id: string;
  readonly expected: readonly Behaviour[];
  readonly detected: readonly Behaviour[];
}

/** A ratio, or null when nothing was counted (no detection, no label): undefined is not zero. */
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Precision and recall of detected behaviours against hand labels, per item and behaviour: an
 * item labelled X and detected X is a true positive; each behaviour is counted once per item.
 */
export function evaluate(scored: readonly Scored[], listsVersion: string): Evaluation {
  const per = new Map<Behaviour, Counts & { support: number }>();
  const at = (b: Behaviour) => {
    let counts = per.get(b);
    if (!counts) {
      counts = { tp: 0, fp: 0, fn: 0, support: 0 };
      per.set(b, counts);
    }
    return counts;
  };
  const errors: Evaluation['errors'] = [];
  for (const { id, expected, detected } of scored) {
    const want = new Set(expected);
    const got = new Set(detected);
    for (const b of want) {
      at(b).support++;
      if (got.has(b)) at(b).tp++;
      else at(b).fn++;
    }
    for (const b of got) if (!want.has(b)) at(b).fp++;
    const missed = [...want].filter((b) => !got.has(b)).sort();
    const extra = [...got].filter((b) => !want.has(b)).sort();
    if (missed.length > 0 || extra.length > 0) errors.push({ id, missed, extra });
  }
  const micro = { tp: 0, fp: 0, fn: 0 };
  const perBehaviour: Evaluation['perBehaviour'] = {};
  for (const b of BEHAVIOURS) {
    const counts = per.get(b);
    if (!counts) continue;
    micro.tp += counts.tp;
    micro.fp += counts.fp;
    micro.fn += counts.fn;
    perBehaviour[b] = {
      precision: ratio(counts.tp, counts.tp + counts.fp),
      recall: ratio(counts.tp, counts.tp + counts.fn),
      support: counts.support,
      tp: counts.tp,
      fp: counts.fp,
      fn: counts.fn,
    };
  }
  const precision = ratio(micro.tp, micro.tp + micro.fp);
  const recall = ratio(micro.tp, micro.tp + micro.fn);
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall);
  return {
    items: scored.length,
    listsVersion,
    micro: { precision, recall, f1, ...micro },
    perBehaviour,
    errors,
  };
}
