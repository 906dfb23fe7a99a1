import type { Scenario } from '../scenario-schema';

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Whether stored data has the shape the editor works on (content may still be invalid). Drafts are
 * only ever written by the editor, but a backup from another version could bring in anything.
 */
export function isDraftShape(value: unknown): value is Scenario {
  if (!isObject(value) || typeof value.id !== 'string' || !Array.isArray(value.nodes)) return false;
  if (!isObject(value.persona) || !isObject(value.persona.startingMood)) return false;
  if (!Array.isArray(value.objectives)) return false;
  return value.nodes.every(
    (n) =>
      isObject(n) &&
      typeof n.id === 'string' &&
      Array.isArray(n.lines) &&
      (n.kind === 'ending' ||
        (n.kind === 'decision' &&
          Array.isArray(n.choices) &&
          n.choices.every(
            (c) => isObject(c) && Array.isArray(c.behaviours) && isObject(c.mood) && c.next != null,
          ))),
  );
}
