import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPLY_SECONDS,
  replySeconds,
  timedByDefault,
  TYPING_SECONDS,
} from '../../src/engine/policies';
import { fakeScenario } from '../fakes';

describe('the time for each reply in a timed call', () => {
  it('is the case’s time for a chosen reply: 45 s unless the case sets its own', () => {
    expect(replySeconds(fakeScenario())).toBe(45);
    expect(replySeconds(fakeScenario(), 'choose')).toBe(DEFAULT_REPLY_SECONDS);
    expect(replySeconds(fakeScenario({ replySeconds: 30 }), 'choose')).toBe(30);
  });

  it('gives a typed reply the time to type it on top: 90 s by default', () => {
    expect(replySeconds(fakeScenario(), 'type')).toBe(90);
    expect(replySeconds(fakeScenario({ replySeconds: 30 }), 'type')).toBe(30 + TYPING_SECONDS);
    expect(replySeconds(fakeScenario({ replySeconds: 30 }), 'type')).toBeGreaterThan(
      replySeconds(fakeScenario({ replySeconds: 30 }), 'choose'),
    );
  });

  it('never times a written reply by default, whatever its difficulty', () => {
    expect(timedByDefault(fakeScenario({ difficulty: 5 }))).toBe(true);
    expect(timedByDefault(fakeScenario({ difficulty: 5, kind: 'written-reply' }))).toBe(false);
  });
});
