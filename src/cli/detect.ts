import { readFile } from 'node:fs/promises';
import { detectBehaviours } from '../engine/detect/detect';
import {
  MAX_DETECT_BYTES,
  readDetectItems,
  readLabelledItems,
} from '../engine/detect/detect-request';
import { DEFAULT_LISTS } from '../engine/detect/default-lists';
import { evaluate } from '../engine/detect/evaluate';
import { readOrganisationLists } from '../engine/detect/organisation-lists';
import type { PhraseLists } from '../engine/detect/phrase-lists';
import { tooLargeProblem } from '../engine/validation/limits';
import type { Problem } from '../engine/validation/problem';
import type { CommandResult } from './commands';

/** Bad input exits 2, as a usage error does (the same as `sim agree`). */
const BAD_INPUT = 2;

const json = (value: unknown) => JSON.stringify(value, null, 2);
const located = (source: string, problems: readonly Problem[]) =>
  problems.map((p) => `${source}: ${p.path}: ${p.message}`);

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Stop reading past the cap: the size is reported, the rest is never held in memory.
    if (size > MAX_DETECT_BYTES) break;
    chunks.push(chunk);
  }
  return size > MAX_DETECT_BYTES ? new Uint8Array(size) : new Uint8Array(Buffer.concat(chunks));
}

/** The bundled lists, or with an organisation's additions (`--lists <file>`). */
async function listsFrom(
  file: string | undefined,
): Promise<{ ok: true; lists: PhraseLists } | { ok: false; result: CommandResult }> {
  if (file === undefined) return { ok: true, lists: DEFAULT_LISTS };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    return { ok: false, result: { code: BAD_INPUT, out: [`${file}: cannot read the file`] } };
  }
  const read = readOrganisationLists(bytes, DEFAULT_LISTS);
  return read.ok
    ? read
    : { ok: false, result: { code: BAD_INPUT, out: located(file, read.problems) } };
}

/**
 * `sim detect`: the behaviours a typed reply shows, with the words that show them, for each reply
 * on stdin; `--eval <labelled.json>` measures the detector against hand labels instead. Either
 * runs with an organisation's own phrases added when `--lists <file>` names them.
 */
export async function detect(
  evalFile: string | undefined,
  split: string | undefined,
  asJson: boolean,
  listsFile?: string,
): Promise<CommandResult> {
  const loaded = await listsFrom(listsFile);
  if (!loaded.ok) return loaded.result;
  const { lists } = loaded;
  if (evalFile !== undefined) return evaluateFile(evalFile, split, asJson, lists);
  if (split !== undefined) return { code: BAD_INPUT, out: ['--split goes with --eval'] };
  const bytes = await readStdin();
  if (bytes.length > MAX_DETECT_BYTES)
    return {
      code: BAD_INPUT,
      out: located('stdin', [tooLargeProblem(bytes.length, MAX_DETECT_BYTES)]),
    };
  const read = readDetectItems(bytes);
  if (!read.ok) return { code: BAD_INPUT, out: located('stdin', read.problems) };
  const results = read.items.map((item) => ({ id: item.id, ...detectBehaviours(item, lists) }));
  if (asJson) return { code: 0, out: [json(results)] };
  return {
    code: 0,
    out: results.map(
      (r) =>
        `${r.id}: ${r.behaviours.join(', ') || '(none)'}${r.evidence.length ? ` — ${r.evidence.map((e) => `${e.behaviour} “${e.text}” ${e.start}–${e.end}`).join('; ')}` : ''}`,
    ),
  };
}

async function evaluateFile(
  file: string,
  split: string | undefined,
  asJson: boolean,
  lists: PhraseLists,
): Promise<CommandResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    return { code: BAD_INPUT, out: [`${file}: cannot read the file`] };
  }
  const read = readLabelledItems(bytes);
  if (!read.ok) return { code: BAD_INPUT, out: located(file, read.problems) };
  // --split held measures on the held-aside part of a labelled set only (the figures in the README).
  const items = split === undefined ? read.items : read.items.filter((i) => i.split === split);
  if (items.length === 0)
    return { code: BAD_INPUT, out: [`${file}: no item has split "${split}"`] };
  const scored = items.map((item) => ({
    id: item.id,
    expected: item.behaviours,
    detected: detectBehaviours(item, lists).behaviours,
  }));
  const report = evaluate(scored, lists.version);
  if (asJson) return { code: 0, out: [json(report)] };
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
  return {
    code: 0,
    out: [
      `${report.items} replies, lists ${report.listsVersion}`,
      `micro precision ${pct(report.micro.precision)}, recall ${pct(report.micro.recall)}, F1 ${pct(report.micro.f1)}`,
      ...Object.entries(report.perBehaviour).map(
        ([b, f]) =>
          `  ${b}: precision ${pct(f.precision)}, recall ${pct(f.recall)} (${f.support} labelled)`,
      ),
      ...report.errors.map(
        (e) =>
          `  ${e.id}: missed ${e.missed.join(', ') || '—'}; extra ${e.extra.join(', ') || '—'}`,
      ),
    ],
  };
}
