import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseToTwee } from '../../../../src/engine/authoring/twee/case-to-twee';
import { tweeToDraft } from '../../../../src/engine/authoring/twee/twee-to-draft';
import type { LocalizedText, Scenario } from '../../../../src/engine/scenario-schema';
import { bundledScenario } from '../../../../src/scenarios/bundled';

/** Pieces that look like Twee markup or annotations, so texts made of them test the escaping. */
const PIECES = [
  '字',
  'a',
  ' ',
  '\\',
  '\n',
  ':',
  '：',
  '[[',
  ']]',
  '->',
  '<-',
  '|',
  '::',
  'en: ',
  'if ',
  'tags:',
  '{',
  '}',
  'n',
];
const text = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 8 })
  .map((parts) => parts.join(''))
  // Outer spaces are not kept by a line-based format; the editor's texts never rely on them.
  .filter((t) => t === t.trim());
const localized = fc.tuple(text, text).map(([zh, en]): LocalizedText => ({ 'zh-CN': zh, en }));

/** The case with every customer line, reply, note and summary replaced by `texts`, in turn. */
function rewrite(scenario: Scenario, texts: LocalizedText[]): Scenario {
  const copy = structuredClone(scenario);
  let i = 0;
  const next = () => texts[i++ % texts.length]!;
  for (const node of copy.nodes) {
    for (const line of node.lines) line.text = next();
    if (node.kind === 'ending') node.summary = next();
    else for (const choice of node.choices) Object.assign(choice, { text: next(), note: next() });
  }
  return copy;
}

describe('Twee export and import', () => {
  it('carry any text back unchanged: markup, annotation words, backslashes, line breaks', () => {
    const base = bundledScenario('manager-demand');
    fc.assert(
      fc.property(fc.array(localized, { minLength: 1, maxLength: 40 }), (texts) => {
        const scenario = rewrite(base, texts);
        const back = tweeToDraft(caseToTwee(scenario), 'x.twee');
        if (!back.ok) throw new Error(back.problems.map((p) => p.message).join('\n'));
        expect(back.draft).toStrictEqual(scenario);
      }),
      { numRuns: 150 },
    );
  });
});
