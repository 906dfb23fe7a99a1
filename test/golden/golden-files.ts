import { readFileSync } from 'node:fs';
import { paths, play } from '../../src/cli/commands';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { replayChoices } from '../../src/engine/replay';
import { indexScenario } from '../../src/engine/scenario-index';
import { seededRandom } from '../../src/engine/seeded-random';
import type { Scenario } from '../../src/engine/scenario-schema';

export const GOLDEN_DIR = 'test/golden';
const RANDOM_PATHS = 3;

export interface GoldenPlay {
  label: string;
  choices: string[];
  output: unknown;
}

/** A complete call with a reply drawn at random at every decision point. */
export function randomPath(scenario: Scenario, next: () => number): string[] {
  const index = indexScenario(scenario);
  const choices: string[] = [];
  for (;;) {
    const node = index.node(replayChoices(scenario, choices).progress.nodeId);
    if (!node || node.kind === 'ending') return choices;
    choices.push(node.choices[Math.floor(next() * node.choices.length)]!.id);
  }
}

const seedOf = (id: string) =>
  [...id].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

async function output(result: Promise<{ code: number; out: string[] }>): Promise<string> {
  const { code, out } = await result;
  if (code !== 0) throw new Error(out.join('\n'));
  return out.join('\n') + '\n';
}

/** The plays of a case: named paths from the analysis, then the random ones. */
export async function playsFor(
  scenario: Scenario,
  seed: number,
  pathsJson: string,
): Promise<{ label: string; choices: string[] }[]> {
  const analysis = JSON.parse(pathsJson) as Record<
    'best' | 'worst' | 'recommended',
    { choices: string[] }
  >;
  const next = seededRandom(seed);
  return [
    { label: 'best', choices: analysis.best.choices },
    { label: 'worst', choices: analysis.worst.choices },
    { label: 'recommended', choices: analysis.recommended.choices },
    ...Array.from({ length: RANDOM_PATHS }, (_, i) => ({
      label: `random-${i + 1}`,
      choices: randomPath(scenario, next),
    })),
  ];
}

export async function playFileText(
  id: string,
  seed: number,
  plays: readonly { label: string; choices: string[] }[],
): Promise<string> {
  const played: GoldenPlay[] = [];
  for (const p of plays) {
    const text = await output(play(id, undefined, p.choices, true));
    played.push({ label: p.label, choices: p.choices, output: JSON.parse(text) });
  }
  return JSON.stringify({ id, seed, plays: played }, null, 2) + '\n';
}

export const pathsFile = (id: string) => `${GOLDEN_DIR}/${id}.paths.json`;
export const playFile = (id: string) => `${GOLDEN_DIR}/${id}.play.json`;

export const pathsText = (id: string) => output(paths(id, undefined, true));

/** Every golden file's path and text, drawn afresh (the random paths from each case's seed). */
export async function goldenFiles(): Promise<{ path: string; text: string }[]> {
  const files: { path: string; text: string }[] = [];
  for (const scenario of BUNDLED_SCENARIOS) {
    const analysis = await pathsText(scenario.id);
    const seed = seedOf(scenario.id);
    files.push({ path: pathsFile(scenario.id), text: analysis });
    files.push({
      path: playFile(scenario.id),
      text: await playFileText(scenario.id, seed, await playsFor(scenario, seed, analysis)),
    });
  }
  return files;
}

/** The plays stored in a case's golden file: their choices are what the suite replays. */
export function storedPlays(id: string): { seed: number; plays: GoldenPlay[] } {
  return JSON.parse(readFileSync(playFile(id), 'utf8')) as { seed: number; plays: GoldenPlay[] };
}
