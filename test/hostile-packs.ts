import type { Choice, DecisionNode, Scenario } from '../src/engine/scenario-schema';
import { FORMAT_VERSION, PACK_FORMAT } from '../src/engine/vocabulary';
import { findBundledScenario } from '../src/scenarios/bundled';

/**
 * Packs an attacker with a text editor would write, built on a real bundled case so that whatever
 * is not hostile about them passes every check: a long chain of decision points before the
 * case's start, and a fan of decision points whose two replies meet again (each doubles the
 * number of calls).
 */
const BASE = findBundledScenario('wrong-spare-part')!;

const words = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function hold(id: string, next: string, offTo: string, k: number): DecisionNode {
  const listen: Choice = {
    id: `${id}l`,
    text: words('嗯', 'Go'),
    behaviours: ['let-vent'],
    mood: {},
    note: words('听', 'Hear'),
    next,
    recommended: true,
  };
  const off: Choice = {
    id: `${id}o`,
    text: words('不管', 'Not me'),
    behaviours: ['argue'],
    mood: { anger: 20 },
    note: words('推', 'Deflect'),
    next: offTo,
  };
  return {
    id,
    kind: 'decision',
    lines: [{ text: words(`又${k}`, `And ${k}`) }],
    // The expert reply moves between first and second place, as the teaching checks ask.
    choices: k % 2 ? [listen, off] : [off, listen],
  };
}

const endingOf = (scenario: Scenario, outcome: string) =>
  scenario.nodes.find((n) => n.kind === 'ending' && n.outcome === outcome)!.id;

/** The bundled case with decision points before its start, `nodes` nodes in all. */
export function longChain(nodes: number): Scenario {
  const extra = nodes - BASE.nodes.length;
  const escalated = endingOf(BASE, 'escalated');
  const chain = Array.from({ length: extra }, (_, k) =>
    hold(`h${k}`, k + 1 < extra ? `h${k + 1}` : BASE.start, escalated, k),
  );
  return {
    ...BASE,
    id: `long-chain-${nodes}`,
    start: chain[0]!.id,
    nodes: [...chain, ...BASE.nodes],
  };
}

/**
 * The bundled case behind `stages` decision points whose replies both lead to the next: 2^stages
 * times the case's own calls. With 20 stages, over 400 million calls in about 40 KB.
 */
export function fanOut(stages: number): Scenario {
  const fans = Array.from({ length: stages }, (_, k) => {
    const node = hold(`f${k}`, k + 1 < stages ? `f${k + 1}` : BASE.start, '', k);
    return {
      ...node,
      choices: node.choices.map((c) => ({ ...c, next: k + 1 < stages ? `f${k + 1}` : BASE.start })),
    };
  });
  return { ...BASE, id: `fan-out-${stages}`, start: fans[0]!.id, nodes: [...fans, ...BASE.nodes] };
}

/** A pack file's text holding these cases. */
export const packOf = (...scenarios: Scenario[]) =>
  JSON.stringify({ format: PACK_FORMAT, formatVersion: FORMAT_VERSION, scenarios, media: {} });
