import { describe, expect, it } from 'vitest';
import { normalizeSetupCode, setupCodeProblem } from '../../src/engine/setup-code';

describe('setup code format', () => {
  it.each([
    ['K7Q2M-9ZX4T-B8N3R-W6C1H-5PD0F', null],
    ['k7q2m 9zx4t b8n3r w6c1h 5pd0f', null],
    ['K7Q2M9ZX4TB8N3RW6C1H', null],
    ['K7Q2M-9ZX4T-B8N3R-W6C1', 'too-short'],
    ['', 'too-short'],
    ['K7Q2M-9ZX4T-B8N3R-W6C1H-5PDUF', 'not-base32'],
    ['K7Q2M_9ZX4T_B8N3R_W6C1H_5PD0F', 'not-base32'],
  ])('%j → %s', (code, problem) => expect(setupCodeProblem(code)).toBe(problem));

  it('reads case, spaces, dashes and look-alike letters the forgiving way', () => {
    expect(normalizeSetupCode('k7q2m-9zx4t b8n3r-w6c1h-5pdof')).toBe('K7Q2M9ZX4TB8N3RW6C1H5PD0F');
    expect(normalizeSetupCode('il')).toBe('11');
  });
});
