import { fingerprintOf, SIGNING_ALGORITHM, type PublicKeyJwk } from '../../engine/signing';
import {
  keepInstallationKey,
  readInstallationKey,
  type InstallationKey,
} from '../../storage/installation-key';

/**
 * This installation's signing key, made on first use: an ECDSA P-256 pair whose private half is
 * not extractable, so no script, backup or export can copy it to another machine.
 */
export async function installationKey(): Promise<InstallationKey> {
  const kept = await readInstallationKey();
  if (kept) return kept;
  const pair = await crypto.subtle.generateKey(SIGNING_ALGORITHM, false, ['sign', 'verify']);
  const jwk = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey;
  const publicKey: PublicKeyJwk = { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! };
  return keepInstallationKey({
    id: 'installation',
    privateKey: pair.privateKey,
    publicKey,
    fingerprint: await fingerprintOf(publicKey),
    createdAt: Date.now(),
  });
}

/** The fingerprint this machine shows, for HR to enrol it. */
export async function installationFingerprint(): Promise<string> {
  return (await installationKey()).fingerprint;
}
