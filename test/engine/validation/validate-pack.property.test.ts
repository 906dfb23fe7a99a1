import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePackText } from '../../../src/engine/validation/validate-pack';
import { fakeScenario } from '../../fakes';
import { PROPERTY_TIMEOUT, runs } from '../../property-runs';

const PACK = {
  format: 'complaint-desk-pack',
  formatVersion: 1,
  scenarios: [fakeScenario()],
  media: {},
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value)
    ? value.flatMap((v, i) => paths(v, [...prefix, i]))
    : Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]));
  return [prefix, ...children];
}

const ALL_PATHS = paths(PACK as unknown as Json);

const mutation = fc.record({
  path: fc.constantFrom(...ALL_PATHS),
  kind: fc.constantFrom('replace', 'delete', 'pollute', 'wrap'),
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
});

function mutate(
  doc: Json,
  { path, kind, value }: { path: Array<string | number>; kind: string; value: Json },
): Json {
  const copy = structuredClone(doc) as Json;
  if (path.length === 0) return kind === 'wrap' ? [copy] : value;
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, key) => (node as Record<string, Json>)[key as string]!, copy) as Record<
    string,
    Json
  >;
  const key = path.at(-1)!;
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (kind === 'pollute') {
    parent[key as string] = JSON.parse('{"__proto__":{"polluted":true}}') as Json;
  } else if (kind === 'wrap') {
    parent[key as string] = [parent[key as string]!];
  } else {
    parent[key as string] = value;
  }
  return copy;
}

describe('pack validation under generated input', () => {
  it(
    'accepts or rejects every mutated pack with located messages, never throwing',
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const doc = mutations.reduce<Json>(
            (d, m) => {
              const valid = paths(d).some((p) => p.join('\u0000') === m.path.join('\u0000'));
              return valid ? mutate(d, m) : d;
            },
            PACK as unknown as Json,
          );
          const result = validatePackText(JSON.stringify(doc), { quality: false });
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) {
              expect(p.path.startsWith('$')).toBe(true);
              expect(p.message.length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: runs(300, 10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throws on arbitrary text',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('{'.repeat(5000))), (text) => {
          const result = validatePackText(text);
          if (!result.ok) expect(result.problems[0]!.path.startsWith('$')).toBe(true);
        }),
        { numRuns: runs(300, 10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
