import { describe, expect, it } from 'vitest';
import { tweeToDraft } from '../../../../src/engine/authoring/twee/twee-to-draft';
import type { DecisionNode, EndingNode } from '../../../../src/engine/scenario-schema';

/** A story as a trainer might write it in Twine: both link styles, tags, one branch, two endings. */
const STORY = `:: StoryTitle
快递丢了


:: StoryData
{"ifid": "D674C58C-DEFA-4F70-B7A2-27742230C0FC", "format": "SugarCube", "start": "Opening"}


:: Opening [apologize]
我的快递显示签收了，可我根本没收到！
en: My parcel says delivered, but I never got it!
cue: rising-tone

[[真抱歉让您着急了，我马上帮您查。->Check]]
en: I'm so sorry for the worry; I'll check right away.
tags: acknowledge-emotion, apologize
mood: anger -10, trust +5
expert: yes
note: 先安抚再查。
en: Calm first, then check.
[[签收了就是送到了。|Angry]]
mood: anger +10
if anger>=70: [[Hang up]]

:: Check [ask-facts]
好吧，你查查。
[[Angry<-您再去门口找找？]]
[[我查到是放在了驿站，今天给您送上门。->Thanks]]

:: Angry [escalated]
你们这是什么态度！我要投诉！

:: Hang up [customer-hung-up]
（顾客挂断了电话）

:: Thanks
那就好，谢谢。
summary: 顾客满意。
en: The customer is satisfied.

:: Notes [script]
console.log('not a node')
`;

describe('tweeToDraft', () => {
  const read = tweeToDraft(STORY, 'lost-parcel.twee');
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
  const draft = read.draft;
  const node = (id: string) => draft.nodes.find((n) => n.id === id)!;

  it('makes each passage a node, named by its passage, and skips the story format’s own', () => {
    expect(draft.nodes.map((n) => n.id)).toEqual([
      'opening',
      'check',
      'angry',
      'hang-up',
      'thanks',
    ]);
    expect(draft.start).toBe('opening');
    expect(draft.id).toBe('lost-parcel');
    expect(draft.title).toEqual({ 'zh-CN': '快递丢了', en: '' });
  });

  it('reads every link style as a reply with its words and target', () => {
    const opening = node('opening') as DecisionNode;
    const check = node('check') as DecisionNode;
    expect(opening.choices.map((c) => [c.id, c.text['zh-CN'], c.next])).toEqual([
      ['opening-1', '真抱歉让您着急了，我马上帮您查。', 'check'],
      [
        'opening-2',
        '签收了就是送到了。',
        { branches: [{ when: { anger: { atLeast: 70 } }, to: 'hang-up' }], otherwise: 'angry' },
      ],
    ]);
    expect(check.choices.map((c) => [c.text['zh-CN'], c.next])).toEqual([
      ['您再去门口找找？', 'angry'],
      ['我查到是放在了驿站，今天给您送上门。', 'thanks'],
    ]);
  });

  it('reads annotations in both languages and takes behaviours from the target’s tags when a reply has none', () => {
    const opening = node('opening') as DecisionNode;
    const [first, second] = opening.choices;
    expect(opening.lines).toEqual([
      {
        text: {
          'zh-CN': '我的快递显示签收了，可我根本没收到！',
          en: 'My parcel says delivered, but I never got it!',
        },
        cue: 'rising-tone',
      },
    ]);
    expect(first).toMatchObject({
      text: { en: "I'm so sorry for the worry; I'll check right away." },
      behaviours: ['acknowledge-emotion', 'apologize'],
      mood: { anger: -10, trust: 5 },
      recommended: true,
      note: { 'zh-CN': '先安抚再查。', en: 'Calm first, then check.' },
    });
    // Tagged "escalated" only (not a behaviour): the reply has no behaviours yet.
    expect(second!.behaviours).toEqual([]);
    expect((node('check') as DecisionNode).choices[1]!.behaviours).toEqual([]);
    // The reply to Check takes Check's tag.
    expect(first!.behaviours).not.toContain('ask-facts');
  });

  it('makes a passage without links an ending, its outcome from a tag', () => {
    expect(node('angry')).toMatchObject({ kind: 'ending', outcome: 'escalated' });
    expect(node('hang-up')).toMatchObject({ kind: 'ending', outcome: 'customer-hung-up' });
    const thanks = node('thanks') as EndingNode;
    expect(thanks.summary).toEqual({ 'zh-CN': '顾客满意。', en: 'The customer is satisfied.' });
  });
});

describe('tweeToDraft, target tags', () => {
  it('gives a reply without a tags line the behaviour tags of the passage it leads to', () => {
    const read = tweeToDraft(
      ':: a\n你好\n[[嗯->b]]\n[[好->c]]\n:: b [paraphrase probe-expectation blue]\n谢谢\n:: c\n好\n',
      'x.tw',
    );
    if (!read.ok) throw new Error(read.problems[0]!.message);
    const a = read.draft.nodes[0] as DecisionNode;
    expect(a.choices.map((c) => c.behaviours)).toEqual([['paraphrase', 'probe-expectation'], []]);
  });
});

describe('tweeToDraft refuses what it cannot read, at its line and column, in both languages', () => {
  const problems = (text: string) => {
    const read = tweeToDraft(text, 'x.twee');
    return read.ok ? [] : read.problems.map((p) => p.text!);
  };

  it('a link to no passage', () => {
    const [p] = problems(':: a\n你好\n  [[嗯->b]] [[好->nowhere]]\n:: b\n好\n');
    expect(p!.en).toMatch(/^line 3, column 12: the link leads to “nowhere”/);
    expect(p!['zh-CN']).toMatch(/^第 3 行第 12 列：链接通向“nowhere”/);
  });

  it('text before the first passage, a nameless passage, a name used twice', () => {
    expect(problems('hello\n:: a\n')[0]!.en).toMatch(
      /^line 1, column 1: text before the first passage/,
    );
    expect(problems(':: a\nx\n::  [t]\n')[0]!.en).toMatch(
      /^line 3, column 3: the passage has no name/,
    );
    expect(problems(':: a\nx\n:: a\ny\n')[0]!['zh-CN']).toMatch(
      /^第 3 行第 3 列：又一个段落叫“a”（第一个在第 1 行）/,
    );
  });

  it('annotations that cannot be read or stand where they do not belong', () => {
    const found = problems(
      ':: a\ntags: apologize\n你好\n[[嗯->b]]\nmood: very angry\ntags: hug\nif anger is high: [[b]]\n[[好->b]]\n:: b\n好\n',
    );
    expect(found.map((p) => p.en.split(':')[0])).toEqual([
      'line 2, column 1',
      'line 5, column 1',
      'line 6, column 1',
      'line 7, column 1',
    ]);
    expect(found[0]!['zh-CN']).toContain('要写在回复的链接下面');
    expect(found[2]!.en).toContain('"hug" is not a behaviour tag');
    expect(found[3]!.en).toContain('is not a condition');
  });

  it('more than four replies, and a decision point with an outcome', () => {
    const five =
      ':: a\nx\n[[1->b]]\n[[2->b]]\n[[3->b]]\n[[4->b]]\n[[5->b]]\noutcome: escalated\n:: b\ny\n';
    const found = problems(five);
    expect(found[0]!.en).toMatch(/^line 7, column 1: a node offers at most 4 replies/);
    expect(found[1]!.en).toMatch(
      /^line 1, column 1: passage “a” has links, so it is a decision point/,
    );
  });

  it('a CaseInfo that is not a case’s fields, and a StoryData start that is not there', () => {
    const found = problems(
      ':: CaseInfo\n{"title": {"zh-CN": "x"}, "colour": 1}\n:: StoryData\n{"start": "b"}\n:: a\nx\n',
    );
    expect(found.map((p) => p.en)).toEqual([
      'line 1, column 1: CaseInfo: the field “title.en” has a value a case cannot hold',
      'line 1, column 1: CaseInfo: “colour” is not a field of a case',
      'line 3, column 1: StoryData starts the story at “b”, and no passage has that name',
    ]);
    expect(problems(':: CaseInfo\n{"title": \n:: a\nx\n')[0]!.en).toBe(
      'line 2, column 11: passage “CaseInfo” is not valid JSON here',
    );
  });

  it('a line too long and too many passages, counted while reading', () => {
    expect(problems(`:: a\n${'长'.repeat(5000)}\n`)[0]!.en).toMatch(
      /^line 2, column 4101: the line is 5000 characters long/,
    );
    const many = Array.from({ length: 600 }, (_, i) => `:: p${i}\nx`).join('\n');
    expect(problems(many)[0]!.en).toMatch(
      /^line 1101, column 1: the story has more than 550 passages/,
    );
  });

  it('warns about metadata that is not JSON and goes on', () => {
    const read = tweeToDraft(':: a {oops}\nx\n[[y->b]]\n[[z->b]]\n:: b\ny\n', 'x.twee');
    expect(read.ok && read.warnings.map((w) => w.text!.en)).toEqual([
      'line 1, column 6: the metadata block {…} is not JSON and was ignored',
    ]);
  });
});
