import { describe, expect, it } from 'vitest';
import { setupCodeHash } from '../../../vite.config';
import { setupCodeMatches, staffAreas } from '../../../src/app/pins/setup-code';

const CODE = 'K7Q2M-9ZX4T-B8N3R-W6C1H-5PD0F';
const NO_FILE = '/nonexistent/.setup-code';

describe('the setup code the build embeds', () => {
  it('keeps only a hash, which the app matches the code against as typed', async () => {
    const hash = setupCodeHash('production', { COMPLAINT_DESK_SETUP_CODE: CODE }, NO_FILE);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(CODE.replace(/-/g, '').toLowerCase());
    expect(await setupCodeMatches(CODE, hash)).toBe(true);
    expect(await setupCodeMatches(' k7q2m 9zx4t b8n3r w6c1h 5pd0f', hash)).toBe(true);
    expect(await setupCodeMatches('K7Q2M-9ZX4T-B8N3R-W6C1H-5PD0G', hash)).toBe(false);
    expect(await setupCodeMatches('', hash)).toBe(false);
    expect(await setupCodeMatches(CODE, null)).toBe(false);
  });

  it('embeds none in a SCORM package or without a code, and refuses a weak code', () => {
    const env = { COMPLAINT_DESK_SETUP_CODE: CODE };
    expect(setupCodeHash('scorm', env, NO_FILE)).toBeNull();
    expect(setupCodeHash('production', {}, NO_FILE)).toBeNull();
    expect(() =>
      setupCodeHash('production', { COMPLAINT_DESK_SETUP_CODE: 'letmein' }, NO_FILE),
    ).toThrow('100 bits');
  });

  it('opens staff areas only where a setup code was built in, never in a SCORM package', () => {
    expect(staffAreas('production', 'a'.repeat(64))).toBe('open');
    expect(staffAreas('production', null)).toBe('no-setup-code');
    expect(staffAreas('scorm', 'a'.repeat(64))).toBe('lms-package');
  });
});
