import { describe, expect, it } from 'vitest';
import type { Statement } from '@xapi/xapi';
import { launchedWithCmi5Parameters, withOurExtensions } from '../../src/lms/cmi5-session';

describe('cmi5 launch detection', () => {
  it('needs all five launch parameters', () => {
    const full =
      '?endpoint=https%3A%2F%2Flms%2FxAPI&fetch=https%3A%2F%2Flms%2Ftoken&actor=%7B%7D&registration=r-1&activityId=https%3A%2F%2Fau';
    expect(launchedWithCmi5Parameters(full)).toBe(true);
    expect(launchedWithCmi5Parameters(full.replace(/&registration=r-1/, ''))).toBe(false);
    expect(launchedWithCmi5Parameters('')).toBe(false);
  });
});

describe('a cmi5-defined verdict', () => {
  const HOME = 'https://hr.example.com/xapi/extensions';
  const ours = {
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
    result: {
      extensions: {
        [`${HOME}/promises`]: [{ fact: 'callback-thursday', stage: 'callback', status: 'kept' }],
        [`${HOME}/letter`]: [{ paragraph: 1, reply: 'condolence' }],
      },
    },
    context: { extensions: { [`${HOME}/case-kind`]: 'written-reply' } },
  };
  const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
  const defined = {
    actor: { mbox: 'mailto:learner@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
    object: { id: 'https://lms.example.com/au/1' },
    result: { completion: true, duration: 'PT60S' },
    context: { registration: 'r-1', extensions: { [SESSION]: 's-9' } },
  } as unknown as Statement;

  it('keeps the promises, the letter and the case kind the LRS statement would carry', () => {
    const sent = withOurExtensions(ours)(defined);
    expect(sent.result).toEqual({
      completion: true,
      duration: 'PT60S',
      extensions: ours.result.extensions,
    });
    expect(sent.context!.extensions).toEqual({
      [`${HOME}/case-kind`]: 'written-reply',
      [SESSION]: 's-9',
    });
    expect(sent.context!.registration).toBe('r-1');
  });

  it('never overrides what the cmi5 client wrote', () => {
    const clash = { ...ours, context: { extensions: { [SESSION]: 'ours' } } };
    expect(withOurExtensions(clash)(defined).context!.extensions![SESSION]).toBe('s-9');
  });
});
