import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';

/** Every bundled case's difficulty, as a certification evaluation reads it. */
export const SCENARIO_FACTS = BUNDLED_SCENARIOS.map((s) => ({
  id: s.id,
  difficulty: s.difficulty,
}));

/** Five bundled cases, none of them the default program's core, for Foundation's five passes. */
export const FIVE = [
  'classmate-deposit',
  'wrong-spare-part',
  'snobbish-salesperson',
  'power-fault-in-home',
  'manager-demand',
];
