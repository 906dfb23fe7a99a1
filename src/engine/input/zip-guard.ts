import { Inflate } from 'fflate';
import type { LocalizedText } from '../scenario-schema';
import { problem, type Problem } from '../validation/problem';

export interface ZipCaps {
  /** Files in the archive. */
  zipEntries: number;
  /** Bytes of all files once unzipped, declared and actually inflated alike. */
  unzippedBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Input fed to the inflater at a time: deflate expands at most about 1,032 times, so one step
 * can produce at most about 4 MB before the running count is checked again. */
const STEP = 4096;

const refused = (text: LocalizedText) => problem('$', text);
const damaged = (what: string, zh: string) =>
  refused({
    en: `the spreadsheet file is damaged (${what}); save it again from Excel or WPS`,
    'zh-CN': `表格文件已损坏（${zh}）；请在 Excel 或 WPS 中重新保存`,
  });
const tooBig = (caps: ZipCaps) =>
  refused({
    en: `the spreadsheet unzips to more than ${caps.unzippedBytes / 1048576} MB; a case's spreadsheet is far smaller, so the file was not opened`,
    'zh-CN': `这个表格解压后超过 ${caps.unzippedBytes / 1048576} MB；案例表格远没有这么大，所以没有打开它`,
  });

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  localHeader: number;
}

function endOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535, at the very end of the file.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 65535; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function readDirectory(bytes: Uint8Array, caps: ZipCaps): Entry[] | Problem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end === -1) return damaged('no zip directory', '找不到压缩目录');
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff) {
    return refused({
      en: 'the spreadsheet is a ZIP64 archive, which only files over 4 GB need; it was not opened',
      'zh-CN': '这个表格是 ZIP64 压缩格式（只有超过 4 GB 的文件才需要），没有打开它',
    });
  }
  if (count > caps.zipEntries) {
    return refused({
      en: `the spreadsheet holds ${count} files inside; the limit is ${caps.zipEntries}, so it was not opened`,
      'zh-CN': `这个表格内部有 ${count} 个文件，上限是 ${caps.zipEntries}，所以没有打开它`,
    });
  }
  if (start + size > end) return damaged('directory out of place', '目录位置不对');
  const entries: Entry[] = [];
  let total = 0;
  let at = start;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      return damaged('directory entry', '目录项');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const declared = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) {
      return refused({
        en: 'the spreadsheet is password-protected; remove the password and save it again',
        'zh-CN': '这个表格设置了密码；请取消密码后重新保存',
      });
    }
    if (method !== 0 && method !== 8)
      return damaged(`compression method ${method}`, `压缩方式 ${method}`);
    total += declared;
    if (total > caps.unzippedBytes) return tooBig(caps);
    entries.push({ name, method, compressed, declared, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry, counting as it goes; returns the bytes it produced or a problem. */
function inflatedSize(
  bytes: Uint8Array,
  entry: Entry,
  budget: number,
  caps: ZipCaps,
): number | Problem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    return damaged(`file header of ${entry.name}`, `${entry.name} 的文件头`);
  }
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(dataStart, dataStart + entry.compressed);
  if (data.length !== entry.compressed)
    return damaged(`${entry.name} is cut short`, `${entry.name} 不完整`);
  if (entry.method === 0) return entry.compressed;
  let produced = 0;
  let overrun = false;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.declared || produced > budget) overrun = true;
  });
  try {
    for (let offset = 0; offset < data.length && !overrun; offset += STEP) {
      const end = Math.min(offset + STEP, data.length);
      inflater.push(data.subarray(offset, end), end === data.length);
    }
  } catch {
    return damaged(`${entry.name} does not inflate`, `${entry.name} 无法解压`);
  }
  if (produced > budget) return tooBig(caps);
  if (overrun || produced !== entry.declared) {
    return damaged(
      `${entry.name} unzips to another size than it declares`,
      `${entry.name} 解压后的大小与声明的不符`,
    );
  }
  return produced;
}

/**
 * Checks an XLSX (a ZIP archive) before any spreadsheet library opens it. First the archive's own
 * directory: how many files, what each declares it unzips to, no encryption, no ZIP64; that refuses
 * an ordinary zip bomb at once. Then every file is inflated here, streaming, with a running count,
 * so a file that lies about its size is stopped as soon as it passes what it declared or the cap
 * (a library reading it would have inflated all of it first). Returns null when the archive is
 * safe to hand on.
 */
export function checkZip(bytes: Uint8Array, caps: ZipCaps): Problem | null {
  const entries = readDirectory(bytes, caps);
  if (!Array.isArray(entries)) return entries;
  let budget = caps.unzippedBytes;
  for (const entry of entries) {
    const size = inflatedSize(bytes, entry, budget, caps);
    if (typeof size !== 'number') return size;
    budget -= size;
  }
  return null;
}
