import { canonicalJson } from './content-hash';

/**
 * Bundles are signed with the installation's own key: ECDSA on P-256 with SHA-256, through
 * WebCrypto (browser and Node alike). The signature covers the bundle's canonical JSON without its
 * `signature` field, so it holds however the file's keys are ordered.
 */
export const SIGNING_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGNATURE_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** The public half of an installation key, as it travels in a bundle. */
export interface PublicKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** Only the fields that make the key: a JWK's other members must not change its fingerprint. */
export const keyOf = (jwk: PublicKeyJwk): PublicKeyJwk => ({
  kty: jwk.kty,
  crv: jwk.crv,
  x: jwk.x,
  y: jwk.y,
});

/**
 * A key's fingerprint: the first 128 bits of SHA-256 over its canonical JWK, as 32 hex digits in
 * groups of four, short enough for HR to compare or type from another machine's screen.
 */
export async function fingerprintOf(jwk: PublicKeyJwk): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(canonicalJson(keyOf(jwk))),
  );
  return hex(digest).slice(0, 32).match(/.{4}/g)!.join('-');
}

/** A fingerprint as HR typed it (any case, spaces or dashes anywhere), or null if it is not one. */
export function normalizeFingerprint(typed: string): string | null {
  const digits = typed.toLowerCase().replace(/[\s-]/g, '');
  return /^[0-9a-f]{32}$/.test(digits) ? digits.match(/.{4}/g)!.join('-') : null;
}

/** The bytes a signature covers: the canonical JSON of everything but the signature. */
export function signedBytes(body: Record<string, unknown>): Uint8Array<ArrayBuffer> {
  const { signature: _ignored, ...rest } = body;
  return new TextEncoder().encode(canonicalJson(rest));
}

const toBase64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export async function signBody(
  privateKey: CryptoKey,
  body: Record<string, unknown>,
): Promise<string> {
  return toBase64(await crypto.subtle.sign(SIGNATURE_PARAMS, privateKey, signedBytes(body)));
}

/** Whether `signature` is the key's signature of the body; a malformed key or signature is not. */
export async function signatureHolds(
  jwk: PublicKeyJwk,
  body: Record<string, unknown>,
  signature: string,
): Promise<boolean> {
  const bytes = fromBase64(signature);
  if (!bytes) return false;
  try {
    const key = await crypto.subtle.importKey('jwk', keyOf(jwk), SIGNING_ALGORITHM, false, [
      'verify',
    ]);
    return await crypto.subtle.verify(SIGNATURE_PARAMS, key, bytes, signedBytes(body));
  } catch {
    return false;
  }
}
