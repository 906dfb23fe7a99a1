import type { Choice, CustomerLine, ScenarioNode } from './scenario-schema';

/**
 * What a call has established so far — a callback promised, a refund made, a deadline set — so
 * that the customer only says what is true on the path taken. A reply sets and clears facts; a
 * line, a branch or an ending can depend on them.
 */
export type Facts = readonly string[];

/** The facts after a reply: its `clears` withdrawn, then its `sets` added (in first-set order). */
export function establish(
  facts: Facts,
  choice: Pick<Choice, 'sets' | 'clears'> | undefined,
): string[] {
  const kept = facts.filter((f) => !choice?.clears?.includes(f));
  return [...kept, ...(choice?.sets ?? []).filter((f) => !kept.includes(f))];
}

/** Whether the customer says this line, given what the call has established. */
export const lineHolds = (line: CustomerLine, facts: Facts): boolean =>
  (!line.when || facts.includes(line.when.fact)) &&
  (!line.unless || !facts.includes(line.unless.fact));

/** The lines the customer says at a node, each with its index among the node's lines. */
export const linesSaid = (
  node: Pick<ScenarioNode, 'lines'>,
  facts: Facts,
): { line: CustomerLine; index: number }[] =>
  node.lines.flatMap((line, index) => (lineHolds(line, facts) ? [{ line, index }] : []));
