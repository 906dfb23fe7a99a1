import { describe, expect, it } from 'vitest';
import { DEFAULT_LISTS } from '../../../src/engine/detect/default-lists';
import { detectBehaviours } from '../../../src/engine/detect/detect';
import { extendLists } from '../../../src/engine/detect/extend-lists';
import { listsAt, listsResolver } from '../../../src/engine/detect/lists-registry';

const acme3 = {
  id: 'acme-bank',
  version: '3',
  behaviours: { apologize: { 'zh-CN': ['赔个不是'] } },
};
const merged = `${DEFAULT_LISTS.version}+acme-bank.3`;
const reply = { lang: 'zh-CN', reply: '给您赔个不是。' } as const;

describe('the phrase-list resolver', () => {
  it('finds the released lists, and an organisation version on the released lists it names', () => {
    const resolve = listsResolver([acme3]);
    expect(resolve(DEFAULT_LISTS.version)).toBe(listsAt(DEFAULT_LISTS.version));
    const lists = resolve(merged);
    expect(lists).toEqual(extendLists(DEFAULT_LISTS, acme3));
    expect(detectBehaviours(reply, lists).behaviours).toContain('apologize');
    expect(detectBehaviours(reply).behaviours).not.toContain('apologize');
  });

  it('knows nothing of an organisation version it was not given, or of unreleased base lists', () => {
    const resolve = listsResolver([acme3]);
    expect(resolve(`${DEFAULT_LISTS.version}+acme-bank.4`)).toBeUndefined();
    expect(resolve(`${DEFAULT_LISTS.version}+other-bank.3`)).toBeUndefined();
    expect(resolve('detect-0000+acme-bank.3')).toBeUndefined();
    expect(resolve('not a version')).toBeUndefined();
    expect(listsResolver([])(merged)).toBeUndefined();
  });

  it('takes the first row of an id and version: the caller’s own before a bundle’s', () => {
    const other = { ...acme3, behaviours: { apologize: { 'zh-CN': ['对不住'] } } };
    expect(listsResolver([acme3, other])(merged)).toEqual(extendLists(DEFAULT_LISTS, acme3));
    expect(listsResolver([other, acme3])(merged)).toEqual(extendLists(DEFAULT_LISTS, other));
  });
});
