import { BEHAVIOURS, type Behaviour } from '../behaviours';
import type { Locale } from '../vocabulary';
import { sentencesOf, type Sentence, type Span } from './clauses';
import { DEFAULT_LISTS } from './default-lists';
import { normalise, originalSpan } from './normalise';
import type { PatternsByLocale, PhraseLists } from './phrase-lists';

export interface DetectInput {
  readonly lang: Locale;
  readonly reply: string;
  /** The customer's last line, for behaviours that depend on it (a close is premature only then). */
  readonly customerSaid?: string;
}

/** Words that earned a behaviour: `start`/`end` are UTF-16 offsets into the reply, end exclusive. */
export interface Evidence {
  readonly behaviour: Behaviour;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Detection {
  /** Unique, in the vocabulary's alphabetical order. */
  readonly behaviours: Behaviour[];
  /** In reply order, then by behaviour. */
  readonly evidence: Evidence[];
  readonly listsVersion: string;
}

interface Found extends Span {
  readonly behaviour: Behaviour;
}

type Compiled = Readonly<Record<Locale, readonly RegExp[]>>;
const compiledCache = new WeakMap<PatternsByLocale, Compiled>();

function compile(patterns: PatternsByLocale | undefined): Compiled {
  if (!patterns) return { 'zh-CN': [], en: [] };
  let compiled = compiledCache.get(patterns);
  if (!compiled) {
    const of = (lang: Locale) => (patterns[lang] ?? []).map((source) => new RegExp(source, 'gu'));
    compiled = { 'zh-CN': of('zh-CN'), en: of('en') };
    compiledCache.set(patterns, compiled);
  }
  return compiled;
}

function* matches(text: string, regexes: readonly RegExp[], offset = 0): Generator<Span> {
  for (const regex of regexes) {
    for (const match of text.matchAll(regex)) {
      if (match[0].length === 0) continue;
      const start = offset + (match.index ?? 0);
      yield { start, end: start + match[0].length };
    }
  }
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.start < outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Customer lines are read in both languages: a trainee may answer an English line in Chinese. */
const anyLocale = (compiled: Compiled) => [...compiled['zh-CN'], ...compiled.en];

/** Whether the customer's last line leaves the matter open: anything but a settled line does. */
export function customerUnsettled(
  customerSaid: string,
  lists: PhraseLists = DEFAULT_LISTS,
): boolean {
  const said = normalise(customerSaid).text;
  if (said.trim() === '') return false;
  const unsettled = [...matches(said, anyLocale(compile(lists.unsettled)))].length > 0;
  const settled = [...matches(said, anyLocale(compile(lists.settled)))].length > 0;
  return unsettled || !settled;
}

function negated(text: string, found: Span, clause: Span, negators: readonly RegExp[]): boolean {
  const before = text.slice(clause.start, found.start);
  return [...matches(before, negators)].length > 0;
}

function phraseFamilies(
  text: string,
  sentences: readonly Sentence[],
  lang: Locale,
  lists: PhraseLists,
): Found[] {
  const found: Found[] = [];
  const negators = compile(lists.negators)[lang];
  const refusals = [...negators, ...compile(lists.refusals)[lang]];
  for (const behaviour of BEHAVIOURS) {
    const regexes = compile(lists.behaviours[behaviour])[lang];
    const cancelling = behaviour === 'offer-solution' ? refusals : negators;
    for (const span of matches(text, regexes)) {
      if (lists.negatable.includes(behaviour)) {
        const clause = sentences.flatMap((s) => s.clauses).find((c) => within(span, c));
        if (clause && negated(text, span, clause, cancelling)) continue;
      }
      found.push({ behaviour, ...span });
    }
  }
  for (const { lang: phraseLang, phrase, behaviour } of lists.avoid) {
    if (phraseLang !== lang) continue;
    const needle = normalise(phrase).text;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      found.push({ behaviour, start: at, end: at + needle.length });
    }
  }
  return found;
}

/** Yes-but: a clause that concedes (是的 / 我理解 / I understand), then 但是 / but in the sentence. */
function yesBut(
  text: string,
  sentences: readonly Sentence[],
  lang: Locale,
  lists: PhraseLists,
): Found[] {
  // A named feeling before 但是 concedes as much as 我理解 does (我知道您很着急，但是…).
  const concessions = [
    ...compile(lists.concessions)[lang],
    ...compile(lists.behaviours['acknowledge-emotion'])[lang],
  ];
  const contrasts = compile(lists.contrasts)[lang];
  const found: Found[] = [];
  for (const sentence of sentences) {
    for (const clause of sentence.clauses) {
      const body = text.slice(clause.start, clause.end);
      const lead = body.length - body.trimStart().length;
      const conceded = [...matches(body.trimStart(), concessions, clause.start + lead)];
      if (conceded.length === 0) continue;
      const from = Math.min(...conceded.map((c) => c.end));
      const rest = text.slice(from, sentence.end);
      const contrast = [...matches(rest, contrasts, from)].sort((a, b) => a.start - b.start)[0];
      if (contrast && contrast.start - from <= MAX_CONCESSION_GAP) {
        found.push({
          behaviour: 'yes-but',
          start: Math.min(...conceded.map((c) => c.start)),
          end: contrast.end,
        });
        break;
      }
    }
  }
  return found;
}

/** How far (in characters) a contrast may follow the concession and still undercut it. */
const MAX_CONCESSION_GAP = 40;

/** Commit-deadline: a concrete time and an action in one sentence, and no hedge (估计, about). */
function deadlines(
  text: string,
  sentences: readonly Sentence[],
  lang: Locale,
  lists: PhraseLists,
): Found[] {
  const times = compile(lists.times)[lang];
  const actions = compile(lists.actions)[lang];
  const hedges = [...compile(lists.hedges)[lang], ...compile(lists.past)[lang]];
  const found: Found[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    if ([...matches(body, hedges)].length > 0) continue;
    if ([...matches(body, actions)].length === 0) continue;
    for (const span of matches(body, times, sentence.start))
      found.push({ behaviour: 'commit-deadline', ...span });
  }
  return found;
}

function closings(text: string, input: DetectInput, lists: PhraseLists): Found[] {
  if (input.customerSaid === undefined || !customerUnsettled(input.customerSaid, lists)) return [];
  return [...matches(text, compile(lists.closings)[input.lang])].map((span) => ({
    behaviour: 'premature-close' as const,
    ...span,
  }));
}

function applyBlocks(
  found: readonly Found[],
  sentences: readonly Sentence[],
  lists: PhraseLists,
): Found[] {
  const sentenceOf = (span: Span) => sentences.findIndex((s) => within(span, s));
  return found.filter(
    (item) =>
      !lists.blocks.some(
        (block) =>
          block.drop === item.behaviour &&
          found.some(
            (other) =>
              other.behaviour === block.by &&
              (block.scope === 'overlap'
                ? overlaps(other, item)
                : sentenceOf(other) === sentenceOf(item)),
          ),
      ),
  );
}

/**
 * One highlight per stretch of words: spans of one behaviour that overlap or touch (今天 and
 * 17:00之前, 下午三点 inside 明天下午三点前) become one.
 */
function mergeTouching(found: readonly Found[]): Found[] {
  const merged: Found[] = [];
  const sorted = [...found].sort(
    (a, b) => a.behaviour.localeCompare(b.behaviour) || a.start - b.start || b.end - a.end,
  );
  for (const item of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.behaviour === item.behaviour && item.start <= last.end) {
      merged[merged.length - 1] = { ...last, end: Math.max(last.end, item.end) };
    } else merged.push(item);
  }
  return merged;
}

/**
 * The behaviours a typed reply shows, each with the words that show it. Pure: the same reply,
 * customer line and lists always give the same detection, so a typed turn can be re-derived later
 * at the lists' version it records.
 */
export function detectBehaviours(
  input: DetectInput,
  lists: PhraseLists = DEFAULT_LISTS,
): Detection {
  const normalised = normalise(input.reply);
  const { text } = normalised;
  const sentences = sentencesOf(text, input.lang);
  let found = [
    ...phraseFamilies(text, sentences, input.lang, lists),
    ...yesBut(text, sentences, input.lang, lists),
    ...deadlines(text, sentences, input.lang, lists),
    ...closings(text, input, lists),
  ];
  found = applyBlocks(found, sentences, lists);
  found = [
    ...found,
    ...found.flatMap((item) =>
      (lists.implies[item.behaviour] ?? []).map((behaviour) => ({ ...item, behaviour })),
    ),
  ];
  if (found.length === 0) {
    found = [...matches(text, compile(lists.filler)[input.lang])].map((span) => ({
      behaviour: 'filler' as const,
      ...span,
    }));
  }
  found = mergeTouching(found);
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const item of [...found].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.behaviour.localeCompare(b.behaviour),
  )) {
    const { start, end } = originalSpan(normalised, item.start, item.end);
    const key = `${item.behaviour}@${start}-${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ behaviour: item.behaviour, text: input.reply.slice(start, end), start, end });
  }
  const behaviours = [...new Set(evidence.map((e) => e.behaviour))].sort();
  return { behaviours, evidence, listsVersion: lists.version };
}
