import Dexie from 'dexie';
import { EMPLOYEE_ID, NAME_MAX } from '../engine/records/employee-id';
import { database } from './database';
import { StorageRuleError } from './errors';
import type { ProfileRecord } from './records';

export function normalizeProfileInput(name: string, employeeId: string) {
  const cleanName = name.trim().replace(/\s+/g, ' ');
  const cleanId = employeeId.trim();
  if (cleanName.length === 0 || cleanName.length > NAME_MAX) {
    throw new StorageRuleError('invalid-profile', `name must be 1–${NAME_MAX} characters`);
  }
  if (!EMPLOYEE_ID.test(cleanId)) {
    throw new StorageRuleError(
      'invalid-profile',
      'employee id must be 1–20 letters, digits, - or _',
    );
  }
  return { name: cleanName, employeeId: cleanId };
}

export async function createProfile(name: string, employeeId: string): Promise<ProfileRecord> {
  const clean = normalizeProfileInput(name, employeeId);
  const profile: ProfileRecord = { id: crypto.randomUUID(), ...clean, createdAt: Date.now() };
  try {
    await database().profiles.add(profile);
  } catch (error) {
    if (error instanceof Dexie.ConstraintError) {
      throw new StorageRuleError(
        'duplicate-employee-id',
        `employee id ${clean.employeeId} is taken`,
      );
    }
    throw error;
  }
  return profile;
}

export function listProfiles(): Promise<ProfileRecord[]> {
  return database().profiles.orderBy('name').toArray();
}

export function getProfile(id: string): Promise<ProfileRecord | undefined> {
  return database().profiles.get(id);
}

/** A first visit gets a demo trainee so the app can be tried at once. */
export async function ensureDemoProfile(): Promise<void> {
  const db = database();
  await db.transaction('rw', db.profiles, async () => {
    if ((await db.profiles.count()) > 0) return;
    await db.profiles.add({
      id: crypto.randomUUID(),
      name: '演示学员 Demo',
      employeeId: 'DEMO-001',
      createdAt: Date.now(),
    });
  });
}
