import { describe, expect, it } from 'vitest';
import { checkBackupContent } from '../../../src/engine/validation/check-backup-content';
import { fakeScenario } from '../../fakes';

const hash = (c: string) => c.repeat(64);
const version = (contentHash: string, scenario: unknown = fakeScenario()) => ({
  id: 'fake-call',
  contentHash,
  scenario,
});

describe('what must hold across a backup’s kept case versions', () => {
  it('passes distinct playable versions of one case', () => {
    const content = {
      profiles: [],
      scenarios: [],
      caseVersions: [version(hash('a')), version(hash('b'), fakeScenario({ version: 2 }))],
    };
    expect(checkBackupContent(content)).toEqual([]);
  });

  it('refuses the same version twice at its place, in both languages', () => {
    const [problem, ...others] = checkBackupContent({
      profiles: [],
      scenarios: [],
      caseVersions: [version(hash('a')), version(hash('a'))],
    });
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      path: '$.tables.caseVersions[1]',
      message:
        'the same version of case fake-call is in the backup twice (also at caseVersions[0])',
    });
    expect(problem!.text?.['zh-CN']).toContain('caseVersions[0]');
  });

  it('refuses a kept version whose case could not be played, where it goes wrong', () => {
    const broken = fakeScenario();
    broken.start = 'nowhere';
    const problems = checkBackupContent({
      profiles: [],
      scenarios: [],
      caseVersions: [version(hash('a')), version(hash('b'), broken)],
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.path.startsWith('$.tables.caseVersions[1].scenario'))).toBe(
      true,
    );
  });
});
