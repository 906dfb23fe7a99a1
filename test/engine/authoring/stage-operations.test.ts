import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/engine/authoring/check-draft';
import { renameNode } from '../../../src/engine/authoring/draft-operations';
import { factsOf, removeFact, renameFact } from '../../../src/engine/authoring/fact-operations';
import {
  addPromise,
  addStage,
  factsMadeBefore,
  MAX_STAGES,
  removePromise,
  removeStage,
  setKeptWhen,
} from '../../../src/engine/authoring/stage-operations';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { bundledScenario } from '../../../src/scenarios/bundled';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';

const staged = bundledScenario('dismissed-at-the-counter');
const stagePaths = (draft: Scenario) =>
  checkDraft(draft)
    .errors.map((p) => p.path)
    .filter((p) => p.startsWith('$.stages'));

describe('stage edits', () => {
  it('splits a one-call case into two stages, the first where the call starts', () => {
    const draft = addStage(AUTHORED_CASE);
    expect(draft.formatVersion).toBe(2);
    expect(draft.stages).toHaveLength(2);
    expect(draft.stages![0]).toMatchObject({ id: 'stage-1', startNode: AUTHORED_CASE.start });
    expect(draft.stages![0]!.elapsed).toBeUndefined();
    const second = draft.stages![1]!;
    expect(second.id).toBe('stage-2');
    expect(second.startNode).not.toBe(AUTHORED_CASE.start);
    expect(draft.nodes.find((n) => n.id === second.startNode)?.kind).toBe('decision');
    // What is left to write is the names and the time: reported where they stand.
    expect(stagePaths(draft).sort()).toEqual(
      [
        '$.stages[0].title.en',
        '$.stages[0].title["zh-CN"]',
        '$.stages[1].elapsed.en',
        '$.stages[1].elapsed["zh-CN"]',
        '$.stages[1].title.en',
        '$.stages[1].title["zh-CN"]',
      ].sort(),
    );
  });

  it('adds up to the format’s limit and no further', () => {
    let draft = staged;
    for (let n = 0; n < 10; n += 1) draft = addStage(draft);
    expect(draft.stages).toHaveLength(MAX_STAGES);
    expect(new Set(draft.stages!.map((s) => s.id)).size).toBe(MAX_STAGES);
  });

  it('removes a stage, and the whole list once one contact is left', () => {
    const two = removeStage(staged, 2);
    expect(two.stages!.map((s) => s.id)).toEqual(['counter', 'callback']);
    expect(removeStage(two, 1).stages).toBeUndefined();
    expect('stages' in removeStage(two, 1)).toBe(false);
  });

  it('offers as promises only the facts replies set before the stage', () => {
    expect(factsMadeBefore(staged, 1).sort()).toEqual(
      ['callback-thursday', 'swapped-on-the-spot', 'ticket-logged'].sort(),
    );
    expect(factsMadeBefore(staged, 0)).toEqual([]);
  });

  it('adds a promise on a fact not yet checked, sets when it is kept and removes it', () => {
    const added = addPromise(staged, 1);
    expect(added.stages![1]!.checks).toHaveLength(2);
    expect(added.stages![1]!.checks![1]!.fact).toBe('ticket-logged');
    const always = setKeptWhen(staged, 1, 0, undefined);
    expect(always.stages![1]!.checks![0]).not.toHaveProperty('keptWhen');
    expect(setKeptWhen(always, 1, 0, 'swapped-on-the-spot').stages![1]!.checks![0]!.keptWhen).toBe(
      'swapped-on-the-spot',
    );
    const none = removePromise(staged, 1, 0);
    expect(none.stages![1]).not.toHaveProperty('checks');
  });

  it('reports a promise nobody makes before its stage, at the promise', () => {
    const later = addPromise(staged, 2);
    const promise = later.stages![2]!.checks!.length - 1;
    const broken = setKeptWhen(later, 2, promise, 'never-set');
    expect(stagePaths(broken)).toContain(`$.stages[2].checks[${promise}].keptWhen`);
  });

  it('follows a renamed node into where a stage opens', () => {
    const renamed = renameNode(staged, 'callback-open', 'callback-start');
    expect(renamed.stages![1]!.startNode).toBe('callback-start');
    expect(stagePaths(renamed)).toEqual([]);
  });

  it('follows a renamed promise into the stage and the kept/broken facts the case tests', () => {
    const renamed = renameFact(staged, 'callback-thursday', 'callback-by-thursday');
    expect(renamed.stages![1]!.checks![0]!.fact).toBe('callback-by-thursday');
    const text = JSON.stringify(renamed.nodes);
    expect(text).toContain('callback-by-thursday-broken');
    expect(text).not.toContain('callback-thursday');
    expect(checkDraft(renamed).errors).toEqual([]);
  });

  it('drops a removed fact from the promises and from when one counts as kept', () => {
    const withoutTicket = removeFact(staged, 'ticket-logged');
    expect(withoutTicket.stages![1]!.checks![0]).not.toHaveProperty('keptWhen');
    const withoutPromise = removeFact(staged, 'callback-thursday');
    expect(withoutPromise.stages![1]).not.toHaveProperty('checks');
  });

  it('knows a promise’s kept and broken facts as the engine’s, needing no description', () => {
    const uses = factsOf(staged);
    expect(uses.find((f) => f.id === 'callback-thursday-broken')?.promise).toEqual({
      fact: 'callback-thursday',
      outcome: 'broken',
    });
    expect(uses.find((f) => f.id === 'callback-thursday-kept')?.promise?.outcome).toBe('kept');
    expect(uses.find((f) => f.id === 'callback-thursday')?.promise).toBeUndefined();
    expect(
      factsOf(removeStage(staged, 1)).find((f) => f.id === 'callback-thursday-broken')?.promise,
    ).toBeUndefined();
  });
});
