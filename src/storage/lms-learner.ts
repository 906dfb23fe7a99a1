import { database } from './database';
import type { ProfileRecord } from './records';

/** 工号 may only hold these; an LMS learner id with other characters is made to fit. */
const fitEmployeeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 20) || 'LMS';

/** The trainee an LMS launched the course for: found by 工号, created on first launch. */
export async function profileForLmsLearner(
  learnerId: string,
  name: string,
): Promise<ProfileRecord> {
  const employeeId = fitEmployeeId(learnerId.trim());
  const db = database();
  return db.transaction('rw', db.profiles, async () => {
    const existing = await db.profiles.where('employeeId').equals(employeeId).first();
    if (existing) return existing;
    const profile: ProfileRecord = {
      id: crypto.randomUUID(),
      name: name.trim().slice(0, 40) || employeeId,
      employeeId,
      createdAt: Date.now(),
    };
    await db.profiles.add(profile);
    return profile;
  });
}
