import { canonicalJson } from '../../engine/content-hash';
import { getCustomScenario } from '../../storage/custom-scenarios';
import { listDrafts, type Draft } from '../../storage/drafts';

/** A draft with whether trainees play what it now says. */
export interface DraftWithRelease extends Draft {
  /**
   * Published, then edited: the library still has the published version until the trainer
   * publishes again. False for a draft never published, and for one the library has as it is.
   */
  changedSincePublished: boolean;
}

/** Every draft, each compared with the version of it the library has. */
export async function listDraftsWithRelease(): Promise<DraftWithRelease[]> {
  const drafts = await listDrafts();
  return Promise.all(
    drafts.map(async (draft) => {
      if (draft.publishedVersion === 0) return { ...draft, changedSincePublished: false };
      const published = await getCustomScenario(draft.scenario.id);
      return {
        ...draft,
        changedSincePublished:
          published === undefined || canonicalJson(published) !== canonicalJson(draft.scenario),
      };
    }),
  );
}
