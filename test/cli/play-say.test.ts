import { describe, expect, it } from 'vitest';
import { play } from '../../src/cli/commands';
import { parseSaid } from '../../src/cli/say';

const turnsOf = async (replies: Parameters<typeof play>[2]) => {
  const result = await play('wrong-spare-part', undefined, replies, true);
  expect(result.code).toBe(0);
  return (JSON.parse(result.out[0]!) as { turns: { choice: string; typed?: unknown }[] }).turns;
};

describe('sim play --say', () => {
  it('reads a reply id, or words with their language', () => {
    expect(parseSaid('calm')).toBe('calm');
    expect(parseSaid('zh-CN: 真对不起')).toEqual({ lang: 'zh-CN', text: '真对不起' });
    expect(parseSaid('en:So sorry')).toEqual({ lang: 'en', text: 'So sorry' });
  });

  it('plays typed words through the machine and shows what was heard in them', async () => {
    const [turn] = await turnsOf([parseSaid('zh-CN:这是规定，我们没办法。')]);
    expect(turn!.typed).toMatchObject({ lang: 'zh-CN', behaviours: ['policy-first'] });
  });

  it('leaves a play of chosen replies as it was', async () => {
    const chosen = await turnsOf(['@timeout']);
    expect(chosen[0]).not.toHaveProperty('typed');
  });
});
