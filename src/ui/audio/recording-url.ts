import { dataUrlBytes } from '../../engine/input/data-url';

/**
 * A recording is kept (and carried in packs) as a `data:` URL, but the built app's CSP lets media
 * load only from the app itself or a `blob:` URL, so it is played from a blob made of its bytes.
 * The caller revokes the URL when done with it.
 */
export function recordingUrl(dataUrl: string): string | null {
  const decoded = dataUrlBytes(dataUrl);
  if (!decoded) return null;
  return URL.createObjectURL(new Blob([decoded.bytes], { type: decoded.type }));
}

/**
 * A callback ref that points an audio element at a stored recording while it is mounted and
 * revokes the blob when it is not (React 19 runs the returned cleanup).
 */
export const playFromBlob = (dataUrl: string) => (element: HTMLAudioElement | null) => {
  const url = element ? recordingUrl(dataUrl) : null;
  if (!element || !url) return;
  element.src = url;
  return () => URL.revokeObjectURL(url);
};
