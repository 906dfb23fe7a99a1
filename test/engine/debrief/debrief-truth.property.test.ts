import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerOf } from '../../../src/app/calls/customer';
import { replayedWrites } from '../../../src/app/calls/step-write';
import { openingTranscript } from '../../../src/engine/attempt-log';
import { TIMEOUT } from '../../../src/engine/call-progress';
import { answeredCall, hasEnded, reply } from '../../../src/engine/conversation';
import { composeDebrief, type DebriefCall } from '../../../src/engine/debrief/compose-debrief';
import { indexScenario } from '../../../src/engine/scenario-index';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { FIRING_RULES } from '../../../src/engine/scoring/rules';
import { DEFAULT_AGITATED_AT, LOCALES, type Locale } from '../../../src/engine/vocabulary';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';
import { PROPERTY_TIMEOUT, runs } from '../../property-runs';

/*
 * The facts below are derived from the case and the call's record by code of this file alone: it
 * shares nothing with the debrief composer (its sentence splitting, quotation finding, cue verdict
 * or rule merging), so a composer that says something untrue of the call cannot agree with it.
 */

const MAX_TURNS = 30;

/** The replies the numbers point at, from the start, until the call ends; a 0 mod 9 is a silence. */
function playPicks(scenario: Scenario, picks: readonly number[]): string[] {
  const index = indexScenario(scenario);
  let call = answeredCall(scenario);
  const choices: string[] = [];
  for (const pick of picks) {
    if (hasEnded(call) || choices.length >= MAX_TURNS) break;
    const node = index.node(call.context.progress.nodeId);
    if (node?.kind !== 'decision') break;
    const choice = pick % 9 === 0 ? TIMEOUT : node.choices[pick % node.choices.length]!.id;
    call = reply(scenario, call, choice);
    choices.push(choice);
  }
  return choices;
}

/** The call as the app records it, reply by reply. */
function record(scenario: Scenario, choices: readonly string[]): DebriefCall {
  const writes = replayedWrites(scenario, choices);
  const ending = writes.at(-1)?.ending;
  return {
    outcome: ending?.outcome ?? null,
    choices: [...choices],
    transcript: [...openingTranscript(scenario), ...writes.flatMap((w) => w.transcript)],
    turns: writes.map((w) => w.turn),
    customer: customerOf(scenario),
    score: ending?.score ?? null,
  };
}

const squash = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])|(?<=[.!?])\s+/u)
    .map(squash)
    .filter((s) => s.length > 0);
}

/** Each quotation with the few characters before it, which say whose words it reports. */
function quotations(text: string): Array<{ words: string; before: string }> {
  const found: Array<{ words: string; before: string }> = [];
  const pattern = /“([^”]+)”|"([^"]+)"/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push({ words: m[1] ?? m[2]!, before: text.slice(Math.max(0, m.index - 12), m.index) });
  }
  return found;
}

const REPORTS_CUSTOMER = /(那句|客户说|他说|她说|customer's|customer said|that\s*)$/i;

/** What the trainee did at the key cue, from the case's own tags on the reply that followed it. */
function cueFacts(scenario: Scenario, call: DebriefCall) {
  const key = call.transcript.findIndex((e) => e.speaker === 'customer' && e.keyCue);
  if (key < 0) return 'unreached';
  const next = call.transcript.findIndex((e, i) => i > key && e.speaker === 'trainee');
  if (next < 0) return 'unanswered';
  const choice = call.choices[call.transcript[next]!.turn - 1]!;
  const behaviours =
    choice === TIMEOUT ? [] : indexScenario(scenario).choice(choice)!.choice.behaviours;
  return behaviours.includes('probe-expectation') || behaviours.includes('paraphrase')
    ? 'caught'
    : 'missed';
}

const CUE_WORDS: Record<Locale, Record<ReturnType<typeof cueFacts>, RegExp>> = {
  'zh-CN': {
    caught: /当场追问，接住了/,
    missed: /你没有接住/,
    unanswered: /沟通就结束了/,
    unreached: /没有走到/,
  },
  en: {
    caught: /followed it up on the spot/,
    missed: /you let it pass/,
    unanswered: /had just let slip/,
    unreached: /never reached/,
  },
};

function checkCall(scenario: Scenario, call: DebriefCall) {
  const debrief = composeDebrief(call, { scenario });
  const everyCustomerLine = scenario.nodes.flatMap((n) => n.lines);
  const agitatedAt = scenario.persona.agitatedAt ?? DEFAULT_AGITATED_AT;
  for (const locale of LOCALES) {
    const said = call.transcript.map((e) => squash(e.text[locale]));
    const customerAnywhere = everyCustomerLine.map((l) => squash(l.text[locale]));
    const ending = debrief.ending.map((s) => s[locale]);
    const comments = debrief.turns.map((t) => t.comment[locale]);

    // Every quotation of a customer is of words said on this call.
    for (const text of [...ending, ...comments.flat()]) {
      for (const { words, before } of quotations(text)) {
        const quoted = squash(words);
        const aCustomerLine =
          REPORTS_CUSTOMER.test(before) || customerAnywhere.some((l) => l.includes(quoted));
        if (aCustomerLine)
          expect(
            said.some((l) => l.includes(quoted)),
            text,
          ).toBe(true);
      }
    }

    // The ending says what the trainee did at the key cue, and never which line it was.
    if (call.outcome) {
      expect(ending.join(' ')).toMatch(CUE_WORDS[locale][cueFacts(scenario, call)]);
      const keyLine = call.transcript.find((e) => e.keyCue);
      if (keyLine) {
        const line = squash(keyLine.text[locale]);
        for (const text of ending) {
          expect(squash(text)).not.toContain(line);
          for (const { words } of quotations(text)) expect(line).not.toContain(squash(words));
        }
      }
    } else {
      expect(ending).toEqual([]);
    }

    // No sentence is said twice: in the ending, in a reply's comment, or the ending's in a comment.
    const endingSentences = ending.flatMap(sentencesOf);
    expect(new Set(endingSentences).size).toBe(endingSentences.length);
    for (const comment of comments) {
      const sentences = comment.flatMap(sentencesOf);
      expect(new Set(sentences).size, comment.join('')).toBe(sentences.length);
      for (const s of sentences) expect(endingSentences).not.toContain(s);
    }
  }

  for (const [i, turn] of debrief.turns.entries()) {
    const graded = call.turns[i]!;
    // Every rule cited fired on that reply; no rule that did not fire lends the comment its words.
    for (const id of turn.cited) expect(graded.rules).toContain(id);
    const comment = squash(turn.comment['zh-CN'].join(''));
    for (const rule of FIRING_RULES.filter((r) => !graded.rules.includes(r.id))) {
      expect(comment).not.toContain(squash(rule.feedback['zh-CN']));
    }
    // The mood label follows the case's own agitation threshold.
    expect(turn.mood).toBe(graded.mood.anger >= agitatedAt ? 'agitated' : 'calm');
  }

  // A skill is scored with its evidence, or not covered with none; a call with replies scores all.
  for (const skill of debrief.skills) {
    if (call.turns.length > 0) expect(skill.covered).toBe(true);
    if (!skill.covered) expect(Object.keys(skill)).toEqual(['id', 'covered']);
    else expect(typeof skill.score).toBe('number');
  }
}

describe('every debrief sentence is true of the call it describes', () => {
  it.each(BUNDLED_SCENARIOS.map((s) => [s.id, s] as const))(
    'on random calls of %s, in both languages',
    (_id, scenario) => {
      fc.assert(
        fc.property(fc.array(fc.nat(1000), { maxLength: MAX_TURNS }), (picks) => {
          checkCall(scenario, record(scenario, playPicks(scenario, picks)));
        }),
        { numRuns: runs(40, 1500) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
