import { createMachine } from 'xstate';
import { compileScenario, IN_CALL, type CallMachine } from '../src/engine/compile-scenario';
import type { Scenario } from '../src/engine/scenario-schema';

interface Transition {
  guard: { params?: { choiceId?: string } };
  target: string;
}
type NodeConfig = { on: Record<string, Transition[]> };
type CallConfig = { states: Record<string, { states: Record<string, NodeConfig> }> };

/**
 * The case's compiled machine with one transition's target changed in the machine's config only:
 * the case data still says the reply leads to its old node. Whatever follows the new target was
 * routed by the machine and nothing else.
 */
export function machineWithTarget(
  scenario: Scenario,
  node: string,
  choiceId: string,
  target: string,
): CallMachine {
  const compiled = compileScenario(scenario);
  const config = compiled.config as unknown as CallConfig;
  const inCall = config.states[IN_CALL]!;
  const nodeConfig = inCall.states[node]!;
  const transitions = nodeConfig.on['learner.choose']!;
  const reply = transitions.filter((t) => t.guard.params?.choiceId === choiceId);
  if (reply.length !== 1) throw new Error(`expected one plain transition for ${choiceId}`);
  const changed: CallConfig = {
    ...config,
    states: {
      ...config.states,
      [IN_CALL]: {
        ...inCall,
        states: {
          ...inCall.states,
          [node]: {
            ...nodeConfig,
            on: {
              ...nodeConfig.on,
              'learner.choose': transitions.map((t) => (t === reply[0] ? { ...t, target } : t)),
            },
          },
        },
      },
    },
  };
  return createMachine(changed as unknown as typeof compiled.config).provide(
    compiled.implementations,
  ) as unknown as CallMachine;
}
