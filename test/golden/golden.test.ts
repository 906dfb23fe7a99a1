import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { pathsFile, pathsText, playFile, playFileText, storedPlays } from './golden-files';

// Written by `npm run golden` before the one-router refactoring (#13); a change that moves grading
// regenerates them in the same commit and says how each case's totals moved.
describe.each(BUNDLED_SCENARIOS.map((s) => s.id))('golden output of %s', (id) => {
  it('sim paths --json is byte-identical', async () => {
    expect(await pathsText(id)).toBe(readFileSync(pathsFile(id), 'utf8'));
  });

  it('sim play --json on the stored paths is byte-identical', async () => {
    const { seed, plays } = storedPlays(id);
    expect(plays.map((p) => p.label)).toEqual([
      'best',
      'worst',
      'recommended',
      'random-1',
      'random-2',
      'random-3',
    ]);
    expect(await playFileText(id, seed, plays)).toBe(readFileSync(playFile(id), 'utf8'));
  });
});
