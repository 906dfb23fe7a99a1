import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../../src/engine/conversation';
import { replayChoices } from '../../../src/engine/replay';
import { bundledScenario } from '../../../src/scenarios/bundled';
import { arrivedStage, useStageInterlude } from '../../../src/ui/call/use-stage-interlude';

const staged = bundledScenario('dismissed-at-the-counter');
const after = (choices: string[]) => replayChoices(staged, choices).snapshot;

function Probe({ call }: { call: CallSnapshot }) {
  const { interlude } = useStageInterlude(staged, call);
  return <>{interlude?.id ?? 'no card'}</>;
}

describe('the stage interlude on the call screen', () => {
  const atCallback = after(['own-the-brush-off', 'log-and-promise']);

  it('knows the reply that opened the callback has just arrived there', () => {
    expect(arrivedStage(staged, atCallback)?.id).toBe('callback');
    expect(arrivedStage(staged, after(['own-the-brush-off']))).toBeUndefined();
    expect(arrivedStage(staged, after([]))).toBeUndefined();
  });

  it('shows no card when the call is opened (or reloaded) already standing there', () => {
    expect(renderToStaticMarkup(<Probe call={atCallback} />)).toBe('no card');
  });
});
