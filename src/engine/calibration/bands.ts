import type { Scale } from './grade-file';

/** The scale's bands from the highest range to the lowest: the order "neighbouring" refers to. */
export function bandOrder(scale: Scale): string[] {
  return Object.entries(scale)
    .sort(([, a], [, b]) => b[0] - a[0])
    .map(([band]) => band);
}

/** The band a score falls in, or null when it falls between the scale's bands. */
export function bandOf(scale: Scale, score: number): string | null {
  const found = Object.entries(scale).find(([, [low, high]]) => low <= score && score <= high);
  return found ? found[0] : null;
}

/** How far a score lands from the expert's band, in bands: 0 in band, 1 a neighbour, null off the scale. */
export function bandsApart(scale: Scale, expertBand: string, score: number): number | null {
  const engineBand = bandOf(scale, score);
  if (engineBand === null) return null;
  const order = bandOrder(scale);
  return Math.abs(order.indexOf(engineBand) - order.indexOf(expertBand));
}
