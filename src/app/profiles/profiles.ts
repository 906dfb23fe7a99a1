export { StorageRuleError } from '../../storage/errors';
export { createProfile, ensureDemoProfile, getProfile, listProfiles } from '../../storage/profiles';
export { findProfiles, searchable, type SearchableProfile } from './find-profiles';
