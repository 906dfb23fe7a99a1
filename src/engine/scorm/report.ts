import { LMS_PASS_MARK } from '../pass-mark';

export type ScormVersion = '1.2' | '2004';

/** The most suspend_data each version guarantees to keep. */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** What the simulator needs to pick up where the trainee left off. */
export interface ResumeState {
  /** The call in progress, or null between calls. */
  attemptId: string | null;
  scenarioId: string | null;
  /** Its replies so far: enough to replay the call if this browser lost it. */
  choices: string[];
  /** The best finished total of this learner's calls in this course. */
  best: number | null;
}

export const EMPTY_RESUME: ResumeState = {
  attemptId: null,
  scenarioId: null,
  choices: [],
  best: null,
};

/**
 * Compact JSON that fits the version's limit. Replies are dropped (the attempt id still resumes
 * on this browser) before the limit could ever be passed.
 */
export function writeSuspendData(state: ResumeState, version: ScormVersion): string {
  const full = JSON.stringify({
    v: 1,
    a: state.attemptId,
    s: state.scenarioId,
    c: state.choices,
    b: state.best,
  });
  if (full.length <= SUSPEND_LIMIT[version]) return full;
  return JSON.stringify({ v: 1, a: state.attemptId, s: state.scenarioId, c: [], b: state.best });
}

export function readSuspendData(text: string): ResumeState {
  try {
    const data = JSON.parse(text) as {
      v?: number;
      a?: unknown;
      s?: unknown;
      c?: unknown;
      b?: unknown;
    };
    if (data.v !== 1) return EMPTY_RESUME;
    return {
      attemptId: typeof data.a === 'string' ? data.a : null,
      scenarioId: typeof data.s === 'string' ? data.s : null,
      choices: Array.isArray(data.c)
        ? data.c.filter((c): c is string => typeof c === 'string')
        : [],
      best: typeof data.b === 'number' ? data.b : null,
    };
  } catch {
    return EMPTY_RESUME;
  }
}

export type Assignment = readonly [element: string, value: string];

/** One reply as a SCORM interaction. */
export interface InteractionFacts {
  /** Unique in the course: attempt and turn (see interaction-facts.ts). */
  id: string;
  response: string;
  expert: string;
  grade: number;
  at: number;
  /** The stage of a case that spans several contacts, reported as the interaction's objective. */
  objective?: string;
  /** What the reply was, in words (SCORM 2004 only: 1.2 has no description). */
  description?: string;
}

const hhmmss = (at: number) => new Date(at).toISOString().slice(11, 19);
/** SCORM 2004 time(second,10,0): no zone designator needed, seconds precision is enough. */
const timestamp2004 = (at: number) => new Date(at).toISOString().slice(0, 19);

/** SCORM identifiers: letters, digits and a few marks; anything else becomes "-". */
export const scormId = (text: string) => text.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 250);

export function interactionAssignments(
  version: ScormVersion,
  n: number,
  facts: InteractionFacts,
): Assignment[] {
  const p = `cmi.interactions.${n}`;
  const correct = facts.response === facts.expert;
  if (version === '1.2') {
    return [
      [`${p}.id`, scormId(facts.id)],
      [`${p}.type`, 'choice'],
      [`${p}.time`, hhmmss(facts.at)],
      [`${p}.correct_responses.0.pattern`, scormId(facts.expert)],
      [`${p}.student_response`, scormId(facts.response)],
      [`${p}.result`, correct ? 'correct' : 'wrong'],
      [`${p}.weighting`, '1'],
      ...objective(p, facts),
    ];
  }
  return [
    [`${p}.id`, scormId(facts.id)],
    [`${p}.type`, 'choice'],
    [`${p}.timestamp`, timestamp2004(facts.at)],
    [`${p}.correct_responses.0.pattern`, scormId(facts.expert)],
    [`${p}.learner_response`, scormId(facts.response)],
    [`${p}.result`, correct ? 'correct' : 'incorrect'],
    [`${p}.weighting`, '1'],
    [
      `${p}.description`,
      // localized_string_type keeps 250 characters.
      [facts.description, `grade ${Math.round(facts.grade)}/100`]
        .filter(Boolean)
        .join(' · ')
        .slice(0, 250),
    ],
    ...objective(p, facts),
  ];
}

/** Both versions let an interaction name the objective it serves: a staged case's stage. */
const objective = (p: string, facts: InteractionFacts): Assignment[] =>
  facts.objective ? [[`${p}.objectives.0.id`, scormId(facts.objective)]] : [];

/** Status and score once a call has finished; `best` is the best total so far. */
export function resultAssignments(version: ScormVersion, best: number): Assignment[] {
  const passed = best >= LMS_PASS_MARK;
  const raw = String(Math.round(best));
  if (version === '1.2') {
    return [
      ['cmi.core.score.raw', raw],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.lesson_status', passed ? 'passed' : 'failed'],
    ];
  }
  return [
    ['cmi.score.raw', raw],
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.scaled', String(Math.round(best) / 100)],
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', passed ? 'passed' : 'failed'],
  ];
}

/** Where the learner's progress is kept, and that leaving is a pause, not the end. */
export const ELEMENTS: Record<
  ScormVersion,
  {
    suspendData: string;
    interactionCount: string;
    learnerId: string;
    learnerName: string;
    exit: string;
    sessionTime: string;
    status: string;
    entry: string;
  }
> = {
  '1.2': {
    suspendData: 'cmi.suspend_data',
    interactionCount: 'cmi.interactions._count',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    status: 'cmi.core.lesson_status',
    entry: 'cmi.core.entry',
  },
  '2004': {
    suspendData: 'cmi.suspend_data',
    interactionCount: 'cmi.interactions._count',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    status: 'cmi.completion_status',
    entry: 'cmi.entry',
  },
};

/** 1.2 wants HHHH:MM:SS, 2004 an ISO 8601 duration. */
export function sessionTime(version: ScormVersion, ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (version === '2004') return `PT${seconds}S`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
