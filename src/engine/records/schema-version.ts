/**
 * The version of the stored record shapes: the database's schema version, declared by every backup
 * and records bundle. Raise it with a new Dexie version and the row migrations that reach it.
 */
export const RECORDS_SCHEMA_VERSION = 9;
