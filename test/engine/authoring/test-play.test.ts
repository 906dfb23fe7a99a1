import { describe, expect, it } from 'vitest';
import { draftGraph } from '../../../src/engine/authoring/draft-graph';
import { setNext } from '../../../src/engine/authoring/draft-operations';
import { parseFieldPath, formatFieldPath, setIn } from '../../../src/engine/authoring/field-path';
import { playReply, startTestPlay } from '../../../src/engine/authoring/test-play';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';

describe('test-play', () => {
  it('starts at any node and plays replies with the real engine to an ending', () => {
    let play = startTestPlay(AUTHORED_CASE, 'backup');
    expect(play.progress.mood).toEqual(AUTHORED_CASE.persona.startingMood);
    play = playReply(AUTHORED_CASE, play, 'hotspot');
    play = playReply(AUTHORED_CASE, play, 'hang-up');
    expect(play.turns.map((t) => t.node)).toEqual(['backup', 'closing']);
    expect(play.ending?.id).toBe('grudging');
  });

  it('follows a mood-dependent branch on the mood at that moment', () => {
    const play = playReply(AUTHORED_CASE, startTestPlay(AUTHORED_CASE, 'need'), 'policy');
    expect(play.ending?.outcome).toBe('escalated');
  });

  it('says where it is stuck when a reply leads nowhere yet', () => {
    const draft = setNext(AUTHORED_CASE, 'closing', 1, 'nowhere');
    const play = playReply(draft, startTestPlay(draft, 'closing'), 'hang-up');
    expect(play.stuck).toBe('no node has the id "nowhere"');
    expect(play.turns).toEqual([]);
  });
});

describe('draft graph and field paths', () => {
  it('draws existing links only, marking the mood-dependent ones', () => {
    const graph = draftGraph(setNext(AUTHORED_CASE, 'closing', 1, 'nowhere'));
    expect(graph.nodes.filter((n) => n.isStart).map((n) => n.id)).toEqual(['opening']);
    expect(graph.edges.find((e) => e.id === 'need->escalated')?.conditional).toBe(true);
    expect(graph.edges.find((e) => e.id === 'need->facts')?.conditional).toBe(false);
    expect(graph.edges.some((e) => e.to === 'nowhere')).toBe(false);
  });

  it('round-trips the JSON paths validation writes', () => {
    const path = '$.nodes[2].choices[0].text["zh-CN"]';
    expect(parseFieldPath(path)).toEqual(['nodes', 2, 'choices', 0, 'text', 'zh-CN']);
    expect(formatFieldPath(parseFieldPath(path)!)).toBe(path);
    expect(parseFieldPath('nodes')).toBeNull();
    expect(setIn({ a: [1, 2] }, ['a', 1], 3)).toEqual({ a: [1, 3] });
  });
});
