import type {
  Choice,
  CustomerLine,
  LocalizedText,
  Scenario,
  ScenarioNode,
} from '../../scenario-schema';
import { BRANCH_LINE, escapeText, readAnnotation } from './twee-annotations';
import { CASE_INFO, caseInfoOf } from './twee-case-info';
import { writeCondition } from './twee-conditions';
import { safeLinkText } from './twee-links';
import { escapeName } from './twee-passages';

/**
 * A text that would not read back as itself from the start of a line (empty, a line break, a
 * header, an annotation, a branch, a link, a leading backslash) is written escaped.
 */
function textLine(text: string): string {
  const plain =
    text !== '' &&
    !/[\n\r]/.test(text) &&
    !text.startsWith('\\') &&
    !text.startsWith('::') &&
    !text.includes('[[') &&
    !readAnnotation(text) &&
    !BRANCH_LINE.test(text);
  return plain ? text : escapeText(text);
}

/** A text as an annotation's value: escaped only when a line break or backslash needs it. */
const valueText = (text: string) =>
  /[\n\r]/.test(text) || text.startsWith('\\') ? escapeText(text) : text;

/** `key: value`, or nothing for an empty value. */
const annotation = (key: string, value: string | undefined): string[] =>
  value ? [`${key}: ${valueText(value)}`] : [];

/** The English of the text above, when there is one. */
const english = (text: LocalizedText) => annotation('en', text.en);

function lineLines(line: CustomerLine): string[] {
  return [
    textLine(line.text['zh-CN']),
    ...english(line.text),
    ...annotation('cue', line.cue),
    ...(line.keyCue ? ['key-cue: yes'] : []),
    ...annotation('when', line.when?.fact),
    ...annotation('unless', line.unless?.fact),
  ];
}

function moodText(mood: Choice['mood']): string {
  const parts: string[] = [];
  for (const measure of ['anger', 'trust'] as const) {
    const n = mood[measure];
    if (n !== undefined) parts.push(`${measure} ${n >= 0 ? '+' : ''}${n}`);
  }
  return parts.join(', ');
}

function replyLines(choice: Choice): string[] {
  const zh = choice.text['zh-CN'];
  const target = typeof choice.next === 'string' ? choice.next : choice.next.otherwise;
  const linked = safeLinkText(zh);
  const note = choice.note;
  return [
    linked ? `[[${zh}->${target}]]` : `[[${target}]]`,
    ...(linked ? [] : [`text: ${valueText(zh)}`]),
    ...english(choice.text),
    `id: ${choice.id}`,
    ...annotation('tags', choice.behaviours.join(', ')),
    ...annotation('mood', moodText(choice.mood)),
    ...(choice.recommended ? ['expert: yes'] : []),
    ...(choice.send ? ['send: yes'] : []),
    ...annotation('sets', choice.sets?.join(', ')),
    ...annotation('clears', choice.clears?.join(', ')),
    ...(note['zh-CN'] || note.en
      ? [`note: ${valueText(note['zh-CN'])}`.trimEnd(), ...english(note)]
      : []),
    ...(typeof choice.next === 'string'
      ? []
      : choice.next.branches.map((b) => `if ${writeCondition(b.when)}: [[${b.to}]]`)),
  ];
}

function nodeBody(node: ScenarioNode): string[] {
  const lines = node.lines.flatMap(lineLines);
  if (node.kind === 'decision')
    return [...lines, ...node.choices.flatMap((c) => ['', ...replyLines(c)])];
  const summary = node.summary;
  return [
    ...lines,
    ...(summary['zh-CN'] || summary.en
      ? [`summary: ${valueText(summary['zh-CN'])}`.trimEnd(), ...english(summary)]
      : []),
  ];
}

/**
 * Where each node sits on Twine's story map: a column per step from the start (found breadth
 * first, without recursion), a row per node in that column; nodes the start does not reach come
 * last.
 */
function positions(scenario: Scenario): Map<string, string> {
  const depth = new Map<string, number>([[scenario.start, 0]]);
  const queue = [scenario.start];
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < queue.length; i += 1) {
    const node = byId.get(queue[i]!);
    if (node?.kind !== 'decision') continue;
    for (const choice of node.choices) {
      const next = choice.next;
      const targets =
        typeof next === 'string' ? [next] : [...next.branches.map((b) => b.to), next.otherwise];
      for (const to of targets) {
        if (depth.has(to)) continue;
        depth.set(to, depth.get(queue[i]!)! + 1);
        queue.push(to);
      }
    }
  }
  const last = Math.max(0, ...depth.values()) + 1;
  const rows = new Map<number, number>();
  const placed = new Map<string, string>();
  for (const node of scenario.nodes) {
    const column = depth.get(node.id) ?? last;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    placed.set(node.id, `${300 + column * 200},${100 + row * 150}`);
  }
  return placed;
}

/** A version-4-shaped IFID made from the case id, so one case always exports the same story. */
function ifid(id: string): string {
  const hex: string[] = [];
  for (let seed = 0; hex.join('').length < 32; seed += 1) {
    let h = 0x811c9dc5 ^ seed;
    for (const c of `${id}#${seed}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const x = hex.join('').toUpperCase();
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-A${x.slice(17, 20)}-${x.slice(20, 32)}`;
}

/**
 * A case as a Twee 3 story for review in Twine 2 (Harlowe links): StoryTitle, StoryData, the case's
 * own fields as JSON in CaseInfo, and one passage per node whose lines, replies and annotations
 * `tweeToDraft` reads back into the same case.
 */
export function caseToTwee(scenario: Scenario): string {
  const placed = positions(scenario);
  const story = {
    ifid: ifid(scenario.id),
    format: 'Harlowe',
    'format-version': '3.3.9',
    start: scenario.start,
    zoom: 1,
  };
  const passages = [
    [':: StoryTitle', scenario.title['zh-CN'] || scenario.title.en || scenario.id],
    [':: StoryData', JSON.stringify(story, null, 2)],
    // CaseInfo sits left of the start, apart from the nodes' columns.
    [
      `:: ${CASE_INFO} {"position":"100,100","size":"100,100"}`,
      JSON.stringify(caseInfoOf(scenario), null, 2),
    ],
    ...scenario.nodes.map((node) => {
      const tag = node.kind === 'ending' ? ` [${node.outcome}]` : '';
      const meta = JSON.stringify({ position: placed.get(node.id), size: '100,100' });
      return [`:: ${escapeName(node.id)}${tag} ${meta}`, ...nodeBody(node)];
    }),
  ];
  return `${passages.map((p) => p.join('\n')).join('\n\n\n')}\n`;
}
