import { problem, type Problem } from '../validation/problem';
import { RECORDS_SCHEMA_VERSION } from './schema-version';

/**
 * A backup or records bundle declaring a newer version of the record shapes than this app knows:
 * made by a newer version of the app. Said as such — not as the fields this app does not know.
 */
export function newerRecordsProblem(file: unknown): Problem | null {
  if (typeof file !== 'object' || file === null) return null;
  const declared = (file as { schemaVersion?: unknown }).schemaVersion;
  if (typeof declared !== 'number' || declared <= RECORDS_SCHEMA_VERSION) return null;
  return problem(
    '$.schemaVersion',
    {
      'zh-CN': `这个文件由较新版本的应用生成（记录格式第 ${declared} 版；本应用只认到第 ${RECORDS_SCHEMA_VERSION} 版）`,
      en: `this file was made by a newer version of the app (records version ${declared}; this app knows up to ${RECORDS_SCHEMA_VERSION})`,
    },
    {
      'zh-CN': '先更新这台机器上的应用（刷新页面，或按提示更新），再打开这个文件；文件本身不用改',
      en: 'update the app on this machine first (reload the page, or follow the update prompt), then open the file again; the file itself needs no change',
    },
  );
}
