import { beforeEach, describe, expect, it } from 'vitest';
import { publishDraft } from '../../../src/app/authoring/publish-draft';
import { blankCase } from '../../../src/engine/authoring/blank-case';
import { setText } from '../../../src/engine/authoring/draft-operations';
import { setKeptWhen } from '../../../src/engine/authoring/stage-operations';
import { bundledScenario } from '../../../src/scenarios/bundled';
import { contentHash } from '../../../src/engine/content-hash';
import { getCaseVersion, getCustomScenario } from '../../../src/storage/custom-scenarios';
import { createDraft, getDraft, saveDraft } from '../../../src/storage/drafts';
import { StaleWriteError } from '../../../src/storage/errors';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';
import { freshDatabase } from '../../storage/setup-db';

describe('publishing a draft', () => {
  beforeEach(freshDatabase);

  it('is refused with problems, writing nothing with problems and write nothing', async () => {
    const draft = await createDraft(blankCase('not-ready'));
    const result = await publishDraft(draft.id, draft.scenario, [], draft.revision);
    expect(result.ok).toBe(false);
    expect(await getCustomScenario('not-ready')).toBeUndefined();
    expect((await getDraft(draft.id))!.publishedVersion).toBe(0);
  });

  it('puts it into the library with the next version each time', async () => {
    const draft = await createDraft(AUTHORED_CASE);
    const first = await publishDraft(draft.id, draft.scenario, [], draft.revision);
    expect(first).toMatchObject({ ok: true, version: 1 });
    expect((await getCustomScenario(AUTHORED_CASE.id))!.version).toBe(1);
    const retitled = setText(AUTHORED_CASE, ['title'], 'en', 'Broadband, Three Days Down');
    const second = await publishDraft(draft.id, retitled, [], draft.revision);
    expect(second).toMatchObject({ ok: true, version: 2 });
    const stored = (await getCustomScenario(AUTHORED_CASE.id))!;
    expect(stored).toEqual({ ...retitled, version: 2 });
    expect((await getDraft(draft.id))!.publishedVersion).toBe(2);
    // The first version stays, under its content hash, for the calls played on it.
    const v1 = { ...AUTHORED_CASE, version: 1 };
    expect(await getCaseVersion(AUTHORED_CASE.id, await contentHash(v1))).toEqual(v1);
    expect(await getCaseVersion(AUTHORED_CASE.id, await contentHash(stored))).toEqual(stored);
  });

  it('a second draft of an already published case continues its version numbers', async () => {
    await publishDraft((await createDraft(AUTHORED_CASE)).id, AUTHORED_CASE, [], 0);
    const copy = await createDraft(AUTHORED_CASE);
    expect(await publishDraft(copy.id, AUTHORED_CASE, [], copy.revision)).toMatchObject({
      version: 2,
    });
  });

  it('is refused when another tab saved the draft since, leaving that tab’s draft and the library as they were', async () => {
    const draft = await createDraft(AUTHORED_CASE);
    const theirs = setText(AUTHORED_CASE, ['title'], 'en', 'Saved in the other tab');
    await saveDraft(draft.id, theirs, draft.revision);
    await expect(publishDraft(draft.id, AUTHORED_CASE, [], draft.revision)).rejects.toBeInstanceOf(
      StaleWriteError,
    );
    expect(await getCustomScenario(AUTHORED_CASE.id)).toBeUndefined();
    expect((await getDraft(draft.id))!.scenario).toEqual(theirs);
  });

  it.each(['dismissed-at-the-counter', 'tour-daily-feedback', 'hospital-written-reply'])(
    'keeps a copy of %s whole: its stages, kind and Send marks',
    async (id) => {
      const copy = { ...bundledScenario(id), id: `${id}-copy` };
      const draft = await createDraft(copy);
      const result = await publishDraft(draft.id, draft.scenario, [id], draft.revision);
      expect(result).toMatchObject({ ok: true, version: 1 });
      expect(await getCustomScenario(copy.id)).toEqual({ ...copy, version: 1 });
    },
  );

  it('refuses a staged draft whose promise nobody makes, naming the promise', async () => {
    const staged = { ...bundledScenario('dismissed-at-the-counter'), id: 'staged-copy' };
    const broken = setKeptWhen(staged, 1, 0, 'never-set');
    const draft = await createDraft(broken);
    const result = await publishDraft(draft.id, broken, [], draft.revision);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toContain(
      '$.stages[1].checks[0].keptWhen',
    );
    expect(await getCustomScenario('staged-copy')).toBeUndefined();
  });
});
