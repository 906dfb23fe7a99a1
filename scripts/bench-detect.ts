/**
 * How long the behaviour detector takes on a 120-character typed reply (target ≤ 5 ms, so typing
 * never waits). Each sample is the mean over many replies of that length, cut from the labelled
 * set's Chinese and English replies run together, so a sample has resolution below a millisecond.
 * Run alone with `node --import tsx scripts/bench-detect.ts [runs]`; bench.ts reports it as
 * `detectMs120`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectBehaviours, type DetectInput } from '../src/engine/detect/detect';

const REPLY_CHARS = 120;
const REPLIES_PER_SAMPLE = 100;

function replies120(): DetectInput[] {
  const file = fileURLToPath(
    new URL('../test/engine/detect/labelled-replies.json', import.meta.url),
  );
  const items = JSON.parse(readFileSync(file, 'utf8')) as DetectInput[];
  const out: DetectInput[] = [];
  for (const lang of ['zh-CN', 'en'] as const) {
    const texts = items.filter((i) => i.lang === lang).map((i) => i.reply);
    for (let at = 0; out.length < REPLIES_PER_SAMPLE && at < texts.length; at += 3) {
      let reply = '';
      for (let k = at; reply.length < REPLY_CHARS; k += 1) reply += texts[k % texts.length];
      out.push({
        lang,
        reply: reply.slice(0, REPLY_CHARS),
        customerSaid: '那我的钱到底什么时候到？',
      });
      if (lang === 'zh-CN' && out.length >= REPLIES_PER_SAMPLE / 2) break;
    }
  }
  return out;
}

/** Milliseconds per 120-character reply, one sample per run. */
export function detectSamples(runs: number): number[] {
  const inputs = replies120();
  detectBehaviours(inputs[0]!); // compiles the lists once, as the app does on its first reply
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    for (const input of inputs) detectBehaviours(input);
    samples.push((performance.now() - start) / inputs.length);
  }
  return samples;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const samples = detectSamples(Number(process.argv[2] ?? 5)).sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  process.stdout.write(`detectMs120 median ${median.toFixed(3)} (target ≤ 5)\n`);
}
