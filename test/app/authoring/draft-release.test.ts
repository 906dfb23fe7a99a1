import { beforeEach, describe, expect, it } from 'vitest';
import { listDraftsWithRelease } from '../../../src/app/authoring/draft-release';
import { publishDraft } from '../../../src/app/authoring/publish-draft';
import { setText } from '../../../src/engine/authoring/draft-operations';
import { createDraft, getDraft, saveDraft } from '../../../src/storage/drafts';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';
import { freshDatabase } from '../../storage/setup-db';

describe('whether trainees play what a draft now says', () => {
  beforeEach(freshDatabase);

  it('says a published draft edited since has changes the library does not have, until it is published again', async () => {
    const draft = await createDraft(AUTHORED_CASE);
    const changed = async () => (await listDraftsWithRelease())[0]!.changedSincePublished;
    expect(await changed()).toBe(false);
    await publishDraft(draft.id, draft.scenario, [], draft.revision);
    expect(await changed()).toBe(false);

    const published = (await getDraft(draft.id))!;
    const retitled = setText(published.scenario, ['title'], 'zh-CN', '宽带三天没网');
    const revision = await saveDraft(draft.id, retitled, published.revision);
    expect(await changed()).toBe(true);

    await publishDraft(draft.id, retitled, [], revision);
    expect(await changed()).toBe(false);
  });
});
