import { beforeEach, describe, expect, it } from 'vitest';
import { publishDraft } from '../../../src/app/authoring/publish-draft';
import { blankCase } from '../../../src/engine/authoring/blank-case';
import { setText } from '../../../src/engine/authoring/draft-operations';
import { getCustomScenario } from '../../../src/storage/custom-scenarios';
import { createDraft, getDraft } from '../../../src/storage/drafts';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';
import { freshDatabase } from '../../storage/setup-db';

describe('publishing a draft', () => {
  beforeEach(freshDatabase);

  it('is refused with problems, writing nothing with problems and write nothing', async () => {
    const draft = await createDraft(blankCase('not-ready'));
    const result = await publishDraft(draft.id, draft.scenario, []);
    expect(result.ok).toBe(false);
    expect(await getCustomScenario('not-ready')).toBeUndefined();
    expect((await getDraft(draft.id))!.publishedVersion).toBe(0);
  });

  it('puts it into the library with the next version each time', async () => {
    const draft = await createDraft(AUTHORED_CASE);
    const first = await publishDraft(draft.id, draft.scenario, []);
    expect(first).toMatchObject({ ok: true, version: 1 });
    expect((await getCustomScenario(AUTHORED_CASE.id))!.version).toBe(1);
    const retitled = setText(AUTHORED_CASE, ['title'], 'en', 'Broadband, Three Days Down');
    const second = await publishDraft(draft.id, retitled, []);
    expect(second).toMatchObject({ ok: true, version: 2 });
    const stored = (await getCustomScenario(AUTHORED_CASE.id))!;
    expect(stored).toEqual({ ...retitled, version: 2 });
    expect((await getDraft(draft.id))!.publishedVersion).toBe(2);
  });

  it('a second draft of an already published case continues its version numbers', async () => {
    await publishDraft((await createDraft(AUTHORED_CASE)).id, AUTHORED_CASE, []);
    const copy = await createDraft(AUTHORED_CASE);
    expect(await publishDraft(copy.id, AUTHORED_CASE, [])).toMatchObject({ version: 2 });
  });
});
