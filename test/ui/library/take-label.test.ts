import { describe, expect, it } from 'vitest';
import { takeLabelKey } from '../../../src/ui/library/take-label';

describe('the library card button into a case', () => {
  it('names the channel for a call', () => {
    expect(takeLabelKey({ kind: 'call', channel: 'online' })).toBe('library.take.online');
    expect(takeLabelKey({ kind: 'call', channel: 'phone' })).toBe('library.take.phone');
  });

  it('says "write the reply" for a written reply, whatever its channel', () => {
    expect(takeLabelKey({ kind: 'written-reply', channel: 'online' })).toBe('letterCard.take');
    expect(takeLabelKey({ kind: 'written-reply', channel: 'phone' })).toBe('letterCard.take');
  });
});
