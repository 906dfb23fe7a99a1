import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROGRAM,
  parseProgram,
  programSchema,
} from '../../../src/engine/certification/program';

describe('certification program', () => {
  it('the default program validates', () => {
    expect(programSchema.safeParse(DEFAULT_PROGRAM).success).toBe(true);
  });

  it('refuses a level with no requirement and duplicate level ids', () => {
    const empty = {
      ...DEFAULT_PROGRAM,
      levels: [{ id: 'x', name: { 'zh-CN': '空', en: 'Empty' } }],
    };
    expect(programSchema.safeParse(empty).success).toBe(false);
    const twice = {
      ...DEFAULT_PROGRAM,
      levels: [DEFAULT_PROGRAM.levels[0], DEFAULT_PROGRAM.levels[0]],
    };
    expect(programSchema.safeParse(twice).success).toBe(false);
  });

  it('refuses thresholds outside 0–100', () => {
    const level = { ...DEFAULT_PROGRAM.levels[0]!, quizMinPercent: 120 };
    expect(parseProgram({ ...DEFAULT_PROGRAM, levels: [level] })).toBeNull();
  });
});
