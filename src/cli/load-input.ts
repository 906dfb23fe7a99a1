import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pack, Scenario } from '../engine/scenario-schema';
import { MAX_PACK_BYTES, tooLargeProblem } from '../engine/validation/limits';
import { validatePackBytes, type ValidationOptions } from '../engine/validation/validate-pack';
import type { Advice, Problem } from '../engine/validation/problem';
import { BUNDLED_SCENARIOS, findBundledScenario } from '../scenarios/bundled';

export type Loaded =
  | { ok: true; pack: Pack; advice?: Advice[] }
  | { ok: false; problems: Problem[]; advice?: Advice[] };

/** Reads and validates one pack file. */
export async function loadPackFile(file: string, options: ValidationOptions = {}): Promise<Loaded> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return { ok: false, problems: [{ path: '$', message: 'file not found' }] };
  }
  if (!info.isFile()) return { ok: false, problems: [{ path: '$', message: 'not a file' }] };
  if (info.size > MAX_PACK_BYTES) {
    return {
      ok: false,
      problems: [tooLargeProblem(info.size)],
    };
  }
  // Bytes, not text: the same strict decoding as the app (a bad byte is located, never replaced).
  return validatePackBytes(new Uint8Array(await readFile(file)), options);
}

/** The files a `validate` argument names: itself, or every pack file below a folder. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) files.push(...(await packFilesUnder(input)));
    else files.push(input);
  }
  return files;
}

async function packFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await packFilesUnder(path)));
    else if (entry.name.endsWith('.json')) files.push(path);
  }
  return files;
}

/** A bundled case by id, or the scenario in a pack file. */
export async function resolveScenario(
  ref: string,
  pick?: string,
): Promise<{ ok: true; scenario: Scenario } | { ok: false; lines: string[] }> {
  const bundled = findBundledScenario(ref);
  if (bundled) return { ok: true, scenario: bundled };
  const looksLikeFile = /[./\\]/.test(ref);
  if (!looksLikeFile) {
    return {
      ok: false,
      lines: [
        `unknown scenario "${ref}"; bundled: ${BUNDLED_SCENARIOS.map((s) => s.id).join(', ')}`,
      ],
    };
  }
  const loaded = await loadPackFile(ref);
  if (!loaded.ok)
    return { ok: false, lines: loaded.problems.map((p) => `${ref}: ${p.path}: ${p.message}`) };
  const { scenarios } = loaded.pack;
  const chosen = pick
    ? scenarios.find((s) => s.id === pick)
    : scenarios.length === 1
      ? scenarios[0]
      : undefined;
  if (!chosen) {
    return {
      ok: false,
      lines: [
        `${ref}: name one scenario with --scenario <id>: ${scenarios.map((s) => s.id).join(', ')}`,
      ],
    };
  }
  return { ok: true, scenario: chosen };
}
