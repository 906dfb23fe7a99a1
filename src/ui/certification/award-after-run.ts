import { refreshCertification } from '../../app/certification/refresh-certification';
import { certifiableCases } from './case-list';

/**
 * A finished certification run may complete a level: award it at once, so HR sees it on the
 * roster even if the trainee never opens "My certification".
 */
export async function awardAfterRun(profileId: string): Promise<void> {
  await refreshCertification(profileId, await certifiableCases());
}
