import { describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../src/engine/behaviours';
import { zeroPoints } from '../../../src/engine/scoring/dimensions';
import { gradeTurn, SEVERITY_BANDS } from '../../../src/engine/scoring/grade-turn';
import { facts, note } from './turn-facts';

/**
 * Grades worked out by hand from scoring model v2: each fault bounds the band (critical 0–29,
 * harmful major or ordering 30–59, omission 60–74, minor 45–89; clean 45–100), several taking the
 * lowest floor and ceiling; the reply's net points over the expert reply's net points place it in
 * the band, grade = low + (high − low) · share, the share squared for a reply without a fault.
 */

/** The expert's fix: resolve 2 and kept composure 1, net 3. */
const fix: Behaviour[] = ['offer-solution', 'commit-deadline'];

describe('severity bands', () => {
  it('are the ones the model states', () => {
    expect(SEVERITY_BANDS).toEqual({
      critical: [0, 29],
      major: [30, 59],
      omission: [60, 74],
      minor: [45, 89],
      clean: [45, 100],
    });
  });

  it('gives a clean reply that matches the expert full marks', () => {
    const turn = gradeTurn(facts(fix), fix, note);
    expect(turn.grade).toBe(100);
    expect(turn.rules).toEqual([]);
    expect(turn.credits).toEqual(['offer-solution', 'commit-deadline', 'kept-composure']);
    expect(turn.earned).toEqual({ ...zeroPoints(), resolve: 2, composure: 1 });
    expect(turn.expert).toEqual({ ...zeroPoints(), resolve: 2, composure: 1 });
  });

  it('places a clean reply with part of the credit by the square of its share', () => {
    // net 2 of 3 → 45 + 55 · (⅔)² = 69.4: doing part of the moment's work is judged by what is left out
    expect(gradeTurn(facts(['offer-solution']), fix, note).grade).toBe(69);
    // net 2 of 4 → 45 + 55 · ¼ = 58.75: half of what the expert did is a D, not a C
    expect(gradeTurn(facts(['explain']), ['explain', ...fix], note).grade).toBe(59);
  });

  it('keeps a critical reply in 0–29 however much else it did right', () => {
    // credit apologize 2 + resolve 2, no kept composure, argue −2: net 2 of 3 → 29 · ⅔ = 19.3
    const turn = gradeTurn(facts(['acknowledge-emotion', 'apologize', ...fix, 'argue']), fix, note);
    expect(turn.grade).toBe(19);
    expect(turn.critical).toEqual(['no-arguing']);
    // Nothing but the critical fault: net −2 → 0.
    expect(gradeTurn(facts(['argue']), fix, note).grade).toBe(0);
  });

  it('grades a harmful major fault without credit 30, never 0', () => {
    // kept composure 1, deflect −1: net 0
    expect(gradeTurn(facts(['deflect']), fix, note).grade).toBe(30);
    // four faults, no kept composure: net −4, still the band's floor
    const many = gradeTurn(
      facts(['deflect', 'policy-first', 'over-promise', 'disparage-competitor']),
      fix,
      note,
    );
    expect(many.rules).toHaveLength(4);
    expect(many.grade).toBe(30);
  });

  it('ranks a harmful major fault with credit in 30–59 by its net', () => {
    // resolve 2 + composure 1 − over-promise 1: net 2 of 3 → 30 + 29 · ⅔ = 49.3
    expect(gradeTurn(facts([...fix, 'over-promise']), fix, note).grade).toBe(49);
  });

  it('grades a fault of omission in 60–74: a pass at C at most, above a harmful fault', () => {
    // kept composure 1 − premature close 1: net 0 → the omission floor
    expect(gradeTurn(facts(['premature-close']), fix, note).grade).toBe(60);
    // At the key cue, the fix without the probe: resolve 2 + composure 1 − diagnose 1 = 2 of the
    // expert's 5 (probe 1, acted on the cue 1, resolve 2, composure 1) → 60 + 14 · 0.4 = 65.6
    const letPass = gradeTurn(
      facts(fix, { keyCueHere: true }),
      ['probe-expectation', ...fix],
      note,
    );
    expect(letPass.rules).toEqual(['ignored-key-cue']);
    expect(letPass.grade).toBe(66);
  });

  it('grades a broken callback as a harmful fault, in 30–59', () => {
    // follow-up 1 + composure 1 − 1 = 1 of 3 → 30 + 29 / 3 = 39.7
    const broken = gradeTurn(
      facts(['check-satisfaction'], { endsCall: true, callbackOwed: true }),
      ['follow-up', 'check-satisfaction'],
      note,
    );
    expect(broken.rules).toEqual(['broken-callback']);
    expect(broken.grade).toBe(40);
  });

  it('grades a minor fault in 45–89: below the expert even with all the credit', () => {
    // net 3 − 0.5 = 2.5 of 3 → 45 + 44 · ⅚ = 81.7
    expect(gradeTurn(facts([...fix, 'filler']), fix, note).grade).toBe(82);
    // net 4 − 0.5 = 3.5, more than the expert's 3 → share 1 → the top of the band
    expect(gradeTurn(facts([...fix, 'explain', 'filler']), fix, note).grade).toBe(89);
  });

  it('takes the lowest floor and ceiling when a reply has several faults', () => {
    // omission + minor → 45–74; net 1 − 1 − 0.5 = −0.5 → 45, below the omission alone (60)
    const closeAndFiller = gradeTurn(facts(['premature-close', 'filler']), fix, note);
    expect(closeAndFiller.rules).toEqual(['avoid-fillers', 'avoid-premature-close']);
    expect(closeAndFiller.grade).toBe(45);
    // omission + harmful major → the harmful band; net 1 − 1 − 1 = −1 → 30
    expect(gradeTurn(facts(['premature-close', 'over-promise']), fix, note).grade).toBe(30);
    // minor + critical → the critical band: apologize 2 + resolve 3 − 0.5 − 2 = 2.5 of 3 → 29 · ⅚
    const both = gradeTurn(
      facts(['acknowledge-emotion', 'apologize', 'explain', ...fix, 'filler', 'threaten']),
      fix,
      note,
    );
    expect(both.rules).toEqual(['no-threats', 'avoid-fillers']);
    expect(both.grade).toBe(24);
  });
});

describe('measured against the expert reply’s net', () => {
  // First reply on the phone: an expert reply without self-identification breaks the minor
  // no-self-identification rule itself: credit 3 (acknowledge, apologize, kept composure) − 0.5.
  const expert: Behaviour[] = ['acknowledge-emotion', 'apologize'];
  const opening = (behaviours: Behaviour[]) =>
    facts(behaviours, { turn: 1, opensContact: true, earlier: new Set() });

  it('gives the expert reply that breaks a rule its full share: the top of its band', () => {
    const turn = gradeTurn(opening(expert), expert, note);
    expect(turn.rules).toEqual(['no-self-identification']);
    // net 2.5 of the expert's net 2.5 → 89 (against its credit 3 it would be 45 + 44 · ⅚ = 82)
    expect(turn.grade).toBe(89);
    // What the turn put in play is still the expert's credit.
    expect(turn.expert).toEqual({ ...zeroPoints(), apologize: 2, composure: 1 });
  });

  it('measures a clean reply against that net, not the credit', () => {
    // self-identify + kept composure = 2, clean: 2 ÷ 2.5 → 45 + 55 · 0.8² = 80.2 (against 3: 69)
    expect(gradeTurn(opening(['self-identify']), expert, note).grade).toBe(80);
    // 3 of 2.5 caps at full share → 100
    expect(gradeTurn(opening(['self-identify', 'apologize']), expert, note).grade).toBe(100);
  });
});

describe('feedback', () => {
  it('explains every fired rule in both languages after the reply note', () => {
    const turn = gradeTurn(
      facts(['offer-solution'], { agitated: true, earlier: new Set() }),
      fix,
      note,
    );
    expect(turn.rules).toEqual(['mood-before-matter', 'hear-before-solve']);
    expect(turn.feedback.en.startsWith('Note.')).toBe(true);
    expect(turn.feedback.en).toContain('Handle the mood before the matter');
    expect(turn.feedback['zh-CN']).toContain('先处理心情，再处理事情');
    expect(turn.feedback['zh-CN']).toContain('先听清问题，再解决问题');
  });

  it('credits acting on the key cue on the diagnose dimension', () => {
    const turn = gradeTurn(
      facts(['probe-expectation'], { keyCueHere: true }),
      ['probe-expectation'],
      note,
    );
    expect(turn.credits).toEqual(['probe-expectation', 'acted-on-key-cue', 'kept-composure']);
    expect(turn.earned).toEqual({ ...zeroPoints(), diagnose: 2, composure: 1 });
    expect(turn.grade).toBe(100);
  });
});
