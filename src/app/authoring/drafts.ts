export {
  createAutosave,
  createDraft,
  deleteDraft,
  getDraft,
  listDrafts,
  type AutosaveListener,
  type Draft,
} from '../../storage/drafts';
