/** The media type and bytes of a base64 `data:` URL, or null if it is not one. */
export function dataUrlBytes(
  dataUrl: string,
): { type: string; bytes: Uint8Array<ArrayBuffer> } | null {
  const match = /^data:([^;,]+)(?:;[^;,]+)*;base64,([A-Za-z0-9+/]*={0,2})$/.exec(dataUrl);
  if (!match) return null;
  const binary = atob(match[2]!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return { type: match[1]!, bytes };
}
