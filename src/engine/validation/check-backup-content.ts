import { problem, type Problem } from './problem';
import { firstSeen } from './first-seen';
import { validateScenarioValue } from './validate-pack';

/** The parts of a backup's tables whose content the row schemas cannot judge one row at a time. */
export interface BackupContent {
  profiles: ReadonlyArray<{ id: string; employeeId: string }>;
  scenarios: ReadonlyArray<{ id: string; scenario: unknown }>;
  caseVersions: ReadonlyArray<{ id: string; contentHash: string; scenario: unknown }>;
}

/**
 * What must hold across a backup's rows before a restore writes any of them: one person per 工号
 * and per id (the database refuses a second one half-way through), and every stored case playable
 * — a hand-edited case row gets the same graph checks as an imported pack (caps, dangling links,
 * cycles, the number of calls through it), though not the library's teaching thresholds, which may
 * have grown since it was imported. The same holds for every kept version of a case, each of which
 * is there once.
 */
export function checkBackupContent(content: BackupContent): Problem[] {
  const problems: Problem[] = [];
  const idSeen = firstSeen();
  const employeeIdSeen = firstSeen();
  content.profiles.forEach((profile, i) => {
    const firstId = idSeen(profile.id, i);
    if (firstId !== undefined)
      problems.push(
        problem(`$.tables.profiles[${i}].id`, {
          en: `the same person is in the backup twice (also at profiles[${firstId}])`,
          'zh-CN': `同一个学员在备份里出现了两次（另一次在 profiles[${firstId}]）`,
        }),
      );
    const firstHolder = employeeIdSeen(profile.employeeId, i);
    if (firstHolder !== undefined)
      problems.push(
        problem(`$.tables.profiles[${i}].employeeId`, {
          en: `工号 ${profile.employeeId} is held by two people in the backup (also profiles[${firstHolder}])`,
          'zh-CN': `工号 ${profile.employeeId} 在备份里属于两个人（另一个在 profiles[${firstHolder}]）`,
        }),
      );
  });
  content.scenarios.forEach((row, i) => {
    problems.push(...validateScenarioValue(row.scenario, `$.tables.scenarios[${i}].scenario`));
  });
  const versionSeen = firstSeen();
  content.caseVersions.forEach((row, i) => {
    const first = versionSeen(`${row.id}\u0000${row.contentHash}`, i);
    if (first !== undefined)
      problems.push(
        problem(`$.tables.caseVersions[${i}]`, {
          en: `the same version of case ${row.id} is in the backup twice (also at caseVersions[${first}])`,
          'zh-CN': `案例 ${row.id} 的同一个版本在备份里出现了两次（另一次在 caseVersions[${first}]）`,
        }),
      );
    problems.push(...validateScenarioValue(row.scenario, `$.tables.caseVersions[${i}].scenario`));
  });
  return problems;
}
