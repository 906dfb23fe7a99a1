import i18next, { type i18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { ruleById } from '../../../src/engine/scoring/rules';
import type { TypedHighlight } from '../../../src/engine/debrief/typed-feedback';
import type { RulePoints } from '../../../src/engine/debrief/rule-points';
import { MarkedWords } from '../../../src/ui/debrief/marked-words';
import { ruleHeadline } from '../../../src/ui/debrief/rule-link';
import { en } from '../../../src/ui/i18n/en';
import { zhCN } from '../../../src/ui/i18n/zh-CN';

let i18n: i18n;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
});

const render = (text: string, highlights: TypedHighlight[], unsaid: RulePoints[] = []) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <Router ssrPath="/debrief/x">
        <MarkedWords text={text} highlights={highlights} unsaid={unsaid} />
      </Router>
    </I18nextProvider>,
  );

const REPLY = '真对不起，但是这是规定。';
const rule = (id: string, points: number): RulePoints => ({
  id,
  kind: ruleById(id)!.kind,
  dimension: ruleById(id)!.dimension,
  points,
});
const APOLOGY = rule('apology-timing', 5);
const ORDER = rule('hear-before-solve', -10);
const SORRY: TypedHighlight = {
  start: 0,
  end: 4,
  text: '真对不起',
  behaviour: 'apologize',
  rules: [APOLOGY],
  tone: 'earned',
};
const POLICY: TypedHighlight = {
  start: 5,
  end: 11,
  text: '但是这是规定',
  behaviour: 'policy-first',
  rules: [ORDER],
  tone: 'cost',
};

describe('a typed reply on the debrief', () => {
  it('marks each word that counted, with a sign and the rule it counted under', () => {
    const html = render(REPLY, [POLICY, SORRY]);
    const marks = [...html.matchAll(/<mark class="typed-mark typed-(\w+)">(.*?)<\/mark>/g)];
    expect(marks.map((m) => m[1])).toEqual(['earned', 'cost']);
    expect(marks[0]![2]).toContain('＋');
    expect(marks[0]![2]).toContain('真对不起');
    expect(marks[1]![2]).toContain('－');
    expect(marks[1]![2]).toContain('但是这是规定');
    const policyRule = ruleHeadline(ruleById('hear-before-solve')!.description['zh-CN']);
    expect(marks[1]![2]).toContain(`扣分：${policyRule} −10`);
    // Every character of the reply is still there, once, in order.
    expect(
      html.slice(0, html.indexOf('</p>')).replace(/<sup.*?<\/sup>|<span.*?<\/span>|<[^>]+>/g, ''),
    ).toBe(REPLY);
  });

  it('numbers the notes below in reply order, each naming its rule', () => {
    const html = render(REPLY, [POLICY, SORRY]);
    const notes = [...html.matchAll(/<li class="typed-note typed-(\w+)">(.*?)<\/li>/g)];
    expect(notes.map((n) => n[1])).toEqual(['earned', 'cost']);
    expect(notes[0]![2]).toContain('href="/handbook/');
  });

  it('marks words two moves share once, with both rules, and leaves out words that moved no rule', () => {
    const html = render(REPLY, [
      SORRY,
      { ...POLICY, start: 2, end: 6, behaviour: 'yes-but' },
      { ...POLICY, rules: [], tone: 'none' },
    ]);
    expect(html.match(/<mark /g)).toHaveLength(1);
    expect(html).toContain('<mark class="typed-mark typed-mixed">');
    expect(html).toContain('真对不起，但');
    expect(html).not.toContain('typed-cost');
  });

  it('lists the rules no words carry apart', () => {
    const html = render(REPLY, [SORRY], [ORDER]);
    expect(html).toContain(zhCN.typedReply.debrief.unsaid);
    expect(html).toContain('−10');
  });

  it('says so when no words counted', () => {
    expect(render(REPLY, [])).toContain(zhCN.typedReply.debrief.noEvidence);
  });
});
