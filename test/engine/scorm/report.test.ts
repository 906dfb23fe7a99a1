import { describe, expect, it } from 'vitest';
import {
  interactionAssignments,
  readSuspendData,
  resultAssignments,
  sessionTime,
  SUSPEND_LIMIT,
  writeSuspendData,
} from '../../../src/engine/scorm/report';

const state = {
  attemptId: 'a1',
  scenarioId: 'air-conditioner-remote',
  choices: ['calm', 'ask'],
  best: 82,
};

describe('suspend_data', () => {
  it('reads back what it wrote', () => {
    expect(readSuspendData(writeSuspendData(state, '1.2'))).toEqual(state);
  });

  it('stays within each version’s limit, dropping the replies first', () => {
    const long = { ...state, choices: Array.from({ length: 2000 }, (_, i) => `reply-${i}`) };
    for (const version of ['1.2', '2004'] as const) {
      const text = writeSuspendData(long, version);
      expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT[version]);
      expect(readSuspendData(text).attemptId).toBe('a1');
    }
    expect(readSuspendData(writeSuspendData(long, '1.2')).choices).toEqual([]);
    expect(readSuspendData(writeSuspendData(long, '2004')).choices).toHaveLength(2000);
  });

  it('treats anything it did not write as a fresh start', () => {
    expect(readSuspendData('').attemptId).toBeNull();
    expect(readSuspendData('{"v":9}').choices).toEqual([]);
  });
});

describe('runtime values', () => {
  it('reports a reply as a choice interaction in each version’s words', () => {
    const facts = { id: 'ac.1234.t1', response: 'calm', expert: 'calm', grade: 100, at: 0 };
    expect(interactionAssignments('1.2', 0, facts)).toContainEqual([
      'cmi.interactions.0.student_response',
      'calm',
    ]);
    expect(interactionAssignments('2004', 3, { ...facts, response: 'argue' })).toEqual(
      expect.arrayContaining([
        ['cmi.interactions.3.learner_response', 'argue'],
        ['cmi.interactions.3.result', 'incorrect'],
        ['cmi.interactions.3.type', 'choice'],
      ]),
    );
  });

  it('names a stage as the objective in both versions, and says the reply in 2004 only', () => {
    const facts = {
      id: 'case.1234.callback.t3',
      response: 'ask',
      expert: 'ask',
      grade: 81.6,
      at: 0,
      objective: 'case.callback',
      description: 'call turn 3, stage 2 of 3 (callback)',
    };
    const old = interactionAssignments('1.2', 2, facts);
    expect(old).toContainEqual(['cmi.interactions.2.objectives.0.id', 'case.callback']);
    expect(old.some(([element]) => element.endsWith('.description'))).toBe(false);
    expect(interactionAssignments('2004', 2, facts)).toEqual(
      expect.arrayContaining([
        ['cmi.interactions.2.objectives.0.id', 'case.callback'],
        ['cmi.interactions.2.description', 'call turn 3, stage 2 of 3 (callback) · grade 82/100'],
      ]),
    );
    const plain = interactionAssignments('2004', 0, { ...facts, objective: undefined });
    expect(plain.some(([element]) => element.includes('.objectives.'))).toBe(false);
  });

  it('passes at the pass mark and fails below it', () => {
    expect(resultAssignments('1.2', 70)).toContainEqual(['cmi.core.lesson_status', 'passed']);
    expect(resultAssignments('1.2', 69)).toContainEqual(['cmi.core.lesson_status', 'failed']);
    expect(resultAssignments('2004', 85)).toEqual(
      expect.arrayContaining([
        ['cmi.success_status', 'passed'],
        ['cmi.completion_status', 'completed'],
        ['cmi.score.scaled', '0.85'],
      ]),
    );
  });

  it('writes session time as each version wants it', () => {
    expect(sessionTime('1.2', 3_725_000)).toBe('0001:02:05');
    expect(sessionTime('2004', 3_725_000)).toBe('PT3725S');
  });
});
