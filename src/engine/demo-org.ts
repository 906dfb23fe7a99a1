import { endingOf } from './call-progress';
import { DEFAULT_PROGRAM } from './certification/program';
import { answeredCall, nodeOf, reply, type CallSnapshot } from './conversation';
import { emptySummary, foldAttempt, type ProfileSummary } from './profile-summary';
import type { LocalizedText, Scenario } from './scenario-schema';
import { indexScenario } from './scenario-index';
import { summarizeCall } from './replay';
import { seededRandom } from './seeded-random';
import type { AttemptScore } from './scoring/score-attempt';
import type { Outcome } from './vocabulary';

import { DEMO_ID_PREFIX, isDemoId } from './demo-ids';

export { DEMO_ID_PREFIX, isDemoId };
/** Demo employee ids: real ones would be a clash, so loading refuses if any exists already. */
export const DEMO_EMPLOYEE_PREFIX = 'DM';
/** Certified demo people hold the default program's top level (its id, so it prints by name). */
export const DEMO_CERTIFICATE_LEVEL = DEFAULT_PROGRAM.levels.at(-1)!.id;

const DAY = 86_400_000;
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉萍红鹏华飞鑫波宁斌琳晨雪梅欣佳怡婷浩宇轩然博文睿思瑶晓悦嘉子琪俊凯',
];
const SITES = ['北京', '上海', '成都', '武汉'];
const TEAMS = ['热线一组', '热线二组', '投诉专席组'];

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

export interface DemoPerson {
  id: string;
  name: string;
  employeeId: string;
  site: string;
  team: string;
  createdAt: number;
  /** 0–1: how close to the expert this person usually replies at the start, and by the end. */
  startSkill: number;
  endSkill: number;
  attempts: number;
  firstActiveAt: number;
  lastActiveAt: number;
}

/** One real play-through of a bundled case, graded by the real engine. */
export interface Playthrough {
  skill: number;
  choices: string[];
  endingId: string;
  outcome: Outcome;
  endingSummary: LocalizedText;
  score: AttemptScore;
}

export interface DemoCase {
  scenario: Scenario;
  contentHash: string;
  playthroughs: Playthrough[];
}

export interface DemoAttempt {
  id: string;
  profileId: string;
  scenarioId: string;
  scenarioVersion: number;
  contentHash: string;
  scenarioTitle: LocalizedText;
  startedAt: number;
  finishedAt: number;
  choices: string[];
  endingId: string;
  outcome: Outcome;
  endingSummary: LocalizedText;
  score: AttemptScore;
  timed: boolean;
}

export interface DemoAward {
  id: string;
  profileId: string;
  employeeId: string;
  level: string;
  awardedAt: number;
  expiresAt: number;
  attemptIds: string[];
}

const MAX_TURNS = 40;

/**
 * Plays a case replying like the expert with probability `skill`, otherwise a random other reply.
 * `played` remembers the call after each run of replies and each finished path: a reply is a pure
 * step, so plays that start alike replay their shared replies once and a path played before is
 * graded once (the expert's opening replies recur in nearly every play-through of a case).
 */
export function playCase(
  scenario: Scenario,
  skill: number,
  random: () => number,
  played: PlayedPaths = new Map(),
): Playthrough {
  const index = indexScenario(scenario);
  let call = answeredCall(scenario);
  let path = '';
  for (let turn = 0; turn < MAX_TURNS; turn += 1) {
    const node = index.node(nodeOf(call)!);
    if (node?.kind !== 'decision') break;
    const expert = index.recommended(node);
    const others = node.choices.filter((c) => c !== expert);
    const choice = random() < skill || others.length === 0 ? expert : pick(random, others);
    path += `\u0000${choice.id}`;
    const known = played.get(path);
    call = known?.call ?? reply(scenario, call, choice.id);
    if (!known) played.set(path, { call });
  }
  const seen = played.get(path);
  if (seen?.ending) return { skill, ...seen.ending };
  const ending = endingOf(scenario, call.context.progress);
  if (!ending) throw new Error(`case ${scenario.id} did not end within ${MAX_TURNS} replies`);
  const graded = {
    choices: call.context.turns.map((t) => t.choice),
    endingId: ending.id,
    outcome: ending.outcome,
    endingSummary: ending.summary,
    score: summarizeCall(scenario, call).score,
  };
  played.set(path, { call, ending: graded });
  return { skill, ...graded };
}

/** The calls `playCase` reached, by the replies that led there, and the graded end of a full path. */
export type PlayedPaths = Map<string, { call: CallSnapshot; ending?: Omit<Playthrough, 'skill'> }>;

const SKILL_TIERS = [0.3, 0.45, 0.6, 0.7, 0.8, 0.9, 0.97];
const PLAYS_PER_TIER = 4;

/** A handful of real play-throughs of a case at each skill level, to draw demo attempts from. */
export function demoCase(scenario: Scenario, contentHash: string, seed: number): DemoCase {
  const random = seededRandom(seed);
  const played: PlayedPaths = new Map();
  const playthroughs = SKILL_TIERS.flatMap((skill) =>
    Array.from({ length: PLAYS_PER_TIER }, () => playCase(scenario, skill, random, played)),
  );
  return { scenario, contentHash, playthroughs };
}

export interface DemoOptions {
  seed: number;
  people: number;
  attempts: number;
  /** The organization's "today": all activity lies in the months before it. */
  now: number;
}

function personName(random: () => number): string {
  const given = random() < 0.6 ? pick(random, GIVEN) + pick(random, GIVEN) : pick(random, GIVEN);
  return pick(random, SURNAMES) + given;
}

/** Spreads `total` attempts over people in proportion to random weights, exactly. */
function shareOut(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length, left -= 1) counts[i]! += 1;
  return counts;
}

/** The people of the demo organization: names, 工号, sites and teams, skill and activity. */
export function demoPeople(options: DemoOptions): DemoPerson[] {
  const random = seededRandom(options.seed);
  const weights = Array.from({ length: options.people }, () => 0.3 + random() * 1.7);
  const counts = shareOut(options.attempts, weights);
  return counts.map((attempts, i) => {
    const site = pick(random, SITES);
    const startSkill = 0.3 + random() * 0.45;
    // Some people stopped practising weeks ago, which the inactivity filter should find.
    const idleDays = random() < 0.15 ? 30 + Math.floor(random() * 60) : Math.floor(random() * 6);
    const lastActiveAt = options.now - idleDays * DAY - Math.floor(random() * DAY);
    const firstActiveAt = lastActiveAt - (60 + Math.floor(random() * 120)) * DAY;
    return {
      id: `${DEMO_ID_PREFIX}p${String(i + 1).padStart(4, '0')}`,
      name: personName(random),
      employeeId: `${DEMO_EMPLOYEE_PREFIX}${String(i + 1).padStart(4, '0')}`,
      site,
      team: `${site}${pick(random, TEAMS)}`,
      createdAt: firstActiveAt - DAY,
      startSkill,
      endSkill: Math.min(0.97, startSkill + random() * 0.4),
      attempts,
      firstActiveAt,
      lastActiveAt,
    };
  });
}

function nearestTier(playthroughs: readonly Playthrough[], skill: number, random: () => number) {
  let best = Infinity;
  for (const p of playthroughs) best = Math.min(best, Math.abs(p.skill - skill));
  return pick(
    random,
    playthroughs.filter((p) => Math.abs(p.skill - skill) === best),
  );
}

export interface DemoPersonRecords {
  attempts: DemoAttempt[];
  summary: ProfileSummary;
  awards: DemoAward[];
}

const CERTIFY_AFTER = 30;
const CERTIFY_MEAN = 65;
const AWARD_VALID_DAYS = 365;

/**
 * One person's calls, oldest first, their summary row, and an award if their last 20 calls
 * averaged well. Skill grows from the first call to the last, so progress is visible week by week.
 */
export function demoRecordsFor(
  person: DemoPerson,
  cases: readonly DemoCase[],
  seed: number,
): DemoPersonRecords {
  const random = seededRandom(seed);
  const attempts: DemoAttempt[] = [];
  let summary = emptySummary(person.id);
  const span = person.lastActiveAt - person.firstActiveAt;
  for (let i = 0; i < person.attempts; i += 1) {
    const progress = person.attempts === 1 ? 1 : i / (person.attempts - 1);
    const skill = person.startSkill + (person.endSkill - person.startSkill) * progress;
    const demoCase = pick(random, cases);
    const play = nearestTier(demoCase.playthroughs, skill + (random() - 0.5) * 0.2, random);
    const finishedAt = Math.round(person.firstActiveAt + span * progress);
    const attempt: DemoAttempt = {
      id: `${person.id}:a${String(i + 1).padStart(4, '0')}`,
      profileId: person.id,
      scenarioId: demoCase.scenario.id,
      scenarioVersion: demoCase.scenario.version,
      contentHash: demoCase.contentHash,
      scenarioTitle: demoCase.scenario.title,
      startedAt: finishedAt - (3 + Math.floor(random() * 8)) * 60_000,
      finishedAt,
      choices: play.choices,
      endingId: play.endingId,
      outcome: play.outcome,
      endingSummary: play.endingSummary,
      score: play.score,
      timed: demoCase.scenario.difficulty >= 3,
    };
    attempts.push(attempt);
    summary = foldAttempt(summary, attempt);
  }
  const recent = attempts.slice(-20);
  const recentMean = recent.reduce((s, a) => s + a.score.total, 0) / Math.max(1, recent.length);
  const awards: DemoAward[] = [];
  if (attempts.length >= CERTIFY_AFTER && recentMean >= CERTIFY_MEAN) {
    // Awarded some time ago: a few have lapsed, a few are about to.
    const awardedAt = person.lastActiveAt - Math.floor(random() * 420) * DAY;
    awards.push({
      id: `${person.id}:award`,
      profileId: person.id,
      employeeId: person.employeeId,
      level: DEMO_CERTIFICATE_LEVEL,
      awardedAt,
      expiresAt: awardedAt + AWARD_VALID_DAYS * DAY,
      attemptIds: recent.map((a) => a.id),
    });
  }
  return { attempts, summary, awards };
}
