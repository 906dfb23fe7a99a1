import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../src/cli/json-schema';

describe('JSON Schema for authors', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing the format)', () => {
    expect(readFileSync('schema/scenario-pack.schema.json', 'utf8')).toBe(packJsonSchema());
  });

  it('describes the closed channel list', () => {
    expect(packJsonSchema()).toContain('"counter"');
  });
});
