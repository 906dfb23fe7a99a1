import { describe, expect, it } from 'vitest';
import { stageKeyAction } from '../../../src/ui/group/use-stage-keys';

const press = (key: string, more: Partial<Parameters<typeof stageKeyAction>[0]> = {}) =>
  stageKeyAction({ key, ctrlKey: false, metaKey: false, altKey: false, target: null, ...more });

/** A stand-in for the element a key was pressed in: inside a field or not. */
const element = (inField: boolean) => ({ closest: () => (inField ? {} : null) });

describe('the group stage’s keys', () => {
  it('1–9 pick the reply at that place, Backspace and "-" undo', () => {
    expect(press('1')).toEqual({ kind: 'reply', index: 0 });
    expect(press('9')).toEqual({ kind: 'reply', index: 8 });
    expect(press('Backspace')).toEqual({ kind: 'undo' });
    expect(press('-')).toEqual({ kind: 'undo' });
  });

  it('leave other keys, 0 and two-digit keys alone', () => {
    for (const key of ['0', 'a', 'Enter', ' ', 'Tab', 'F5', '10']) expect(press(key)).toBeNull();
  });

  it('leave a browser shortcut alone (Ctrl, ⌘ or Alt held)', () => {
    expect(press('1', { ctrlKey: true })).toBeNull();
    expect(press('1', { metaKey: true })).toBeNull();
    expect(press('Backspace', { altKey: true })).toBeNull();
  });

  it('leave typing in a field alone, and act anywhere else on the page', () => {
    expect(press('1', { target: element(true) as unknown as EventTarget })).toBeNull();
    expect(press('Backspace', { target: element(true) as unknown as EventTarget })).toBeNull();
    expect(press('2', { target: element(false) as unknown as EventTarget })).toEqual({
      kind: 'reply',
      index: 1,
    });
  });
});
