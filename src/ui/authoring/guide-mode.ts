/**
 * The draft open in the guided view, if any: a first case started from the example stays in the
 * guided view (fields with help beside them) across reloads of the authoring screen until the
 * trainer moves on to the full editor or back to the list.
 */
const KEY = 'author-guided-draft';

export function guidedDraft(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setGuidedDraft(draftId: string | null): void {
  try {
    if (draftId) localStorage.setItem(KEY, draftId);
    else localStorage.removeItem(KEY);
  } catch {
    // Without storage the guided view lasts until the page is left; the draft itself is saved.
  }
}
