import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkZip } from '../../../src/engine/input/zip-guard';

const caps = { zipEntries: 10, unzippedBytes: 1024 * 1024 };
const text = (s: string) => new TextEncoder().encode(s);

/** The offset of the central directory's first entry and of the first local header (0). */
function directoryStart(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  return view.getUint32(zip.length - 22 + 16, true);
}

describe('the zip guard before a spreadsheet is opened', () => {
  it('passes an ordinary archive', () => {
    const zip = zipSync({
      'xl/workbook.xml': text('<workbook/>'),
      'a.txt': text('hello '.repeat(50)),
    });
    expect(checkZip(zip, caps)).toBeNull();
  });

  it('refuses an archive declaring more unzipped bytes than the cap, from its directory alone', () => {
    const bomb = zipSync({ 'xl/sharedStrings.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    expect(checkZip(bomb, caps)?.message).toContain('unzips to more than 1 MB');
  });

  it('refuses an archive whose files lie about their size, while inflating', () => {
    const lying = (bytes: number) => {
      const zip = zipSync({ 'xl/sheet.xml': new Uint8Array(bytes) }, { level: 9 });
      // Declare 100 bytes in the central directory: the directory check passes, inflating does not.
      const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
      view.setUint32(directoryStart(zip) + 24, 100, true);
      return zip;
    };
    expect(checkZip(lying(200 * 1024), caps)?.message).toMatch(
      /xl\/sheet.xml unzips to another size than it declares/,
    );
    expect(checkZip(lying(3 * 1024 * 1024), caps)?.message).toContain('unzips to more than 1 MB');
  });

  it('refuses too many files', () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}`, text('x')]));
    expect(checkZip(zipSync(files), caps)?.message).toContain(
      'holds 11 files inside; the limit is 10',
    );
  });

  it('refuses a password-protected archive and names it', () => {
    const zip = zipSync({ 'a.txt': text('secret') });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const entry = directoryStart(zip);
    view.setUint16(entry + 8, view.getUint16(entry + 8, true) | 1, true);
    const refused = checkZip(zip, caps);
    expect(refused?.message).toContain('password-protected');
    expect(refused?.text?.['zh-CN']).toContain('密码');
  });

  it('calls a cut-short archive damaged', () => {
    const zip = zipSync({ 'a.txt': text('hello') });
    expect(checkZip(zip.subarray(0, zip.length - 30), caps)?.message).toContain('damaged');
  });
});
