import { describe, expect, it } from 'vitest';
import { prosodyFor } from '../../src/engine/prosody';

describe('the customer voice follows the mood', () => {
  it('speaks at a neutral pace when neither angry nor trusting', () => {
    expect(prosodyFor({ anger: 50, trust: 50 })).toEqual({ rate: 1, pitch: 1, volume: 0.85 });
  });

  it('speaks faster, higher and louder when angry', () => {
    const angry = prosodyFor({ anger: 95, trust: 10 });
    const calm = prosodyFor({ anger: 10, trust: 90 });
    expect(angry.rate).toBeGreaterThan(calm.rate);
    expect(angry.pitch).toBeGreaterThan(calm.pitch);
    expect(angry.volume).toBeGreaterThan(calm.volume);
  });

  it('stays within what speech engines accept', () => {
    for (const anger of [0, 100]) {
      for (const trust of [0, 100]) {
        const p = prosodyFor({ anger, trust });
        expect(p.rate).toBeGreaterThanOrEqual(0.8);
        expect(p.rate).toBeLessThanOrEqual(1.35);
        expect(p.pitch).toBeGreaterThanOrEqual(0.8);
        expect(p.pitch).toBeLessThanOrEqual(1.3);
        expect(p.volume).toBeLessThanOrEqual(1);
      }
    }
  });
});
