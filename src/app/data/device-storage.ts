/** How this browser keeps the data: persistence, a wiped database, storage errors as they occur. */
export { onStorageEvent } from '../../storage/database';
export { requestPersistence, storageStatus } from '../../storage/persistence';
export { databaseWasWiped, rememberRecordCounts } from '../../storage/wipe-marker';
