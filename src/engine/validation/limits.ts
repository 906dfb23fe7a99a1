import { problem, type Problem } from './problem';

/** Pack files larger than this are refused before reading, in the app and the CLI alike. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/**
 * What one pack may hold, checked on the parsed file before the schema and every graph check, so
 * a hostile file is refused by counting, not by running out of time or stack. The largest bundled
 * case has 19 nodes, 4 lines to a node and no text over 2,600 characters; the test
 * (bundled-scenarios) holds every bundled case under these with room to spare.
 */
export const PACK_CAPS = {
  scenarios: 50,
  /** Nodes in one case; also bounds the depth of every walk over it. */
  nodes: 500,
  linesPerNode: 12,
  /** Replies per decision point (the schema asks for 2–4). */
  repliesPerNode: 4,
  branchesPerReply: 8,
  /** Characters in any one text of a case (the teaching checks hold screen texts far shorter). */
  textChars: 4000,
} as const;

/** The problem for a file over its limit (a pack's unless another is given), at the root. */
export function tooLargeProblem(bytes: number, limit = MAX_PACK_BYTES): Problem {
  const size = (bytes / 1048576).toFixed(1);
  const most = limit / 1048576;
  return problem('$', {
    en: `the file is ${size} MB; the limit is ${most} MB`,
    'zh-CN': `文件有 ${size} MB，上限是 ${most} MB`,
  });
}

/** Spreadsheet files (XLSX or CSV) larger than this are refused before reading. */
export const MAX_SPREADSHEET_BYTES = 2 * 1024 * 1024;

/**
 * What one spreadsheet may hold. A case is at most 500 nodes of 4 replies, one row each, so 2,600
 * rows leave room for the case block, the endings and extra customer lines; the template has 13
 * columns. The zip caps are counted from the file's own directory and again while inflating, so a
 * zip bomb is refused before the spreadsheet library sees it: a 2 MB template-sized workbook
 * unzips to well under 20 MB and holds about a dozen entries.
 */
export const SPREADSHEET_CAPS = {
  rows: 2600,
  columns: 30,
  /** Characters in one cell, as in any text of a case. */
  cellChars: PACK_CAPS.textChars,
  zipEntries: 200,
  unzippedBytes: 20 * 1024 * 1024,
} as const;

/** Twine stories (Twee 3 text) larger than this are refused before reading. */
export const MAX_TWEE_BYTES = 2 * 1024 * 1024;

/**
 * What one Twee file may hold, counted while it is read. A case is at most 500 nodes; a node's
 * passage holds its lines and replies with a few annotation lines each, so 400 lines to a passage
 * is generous, and no line may be longer than a case's longest text plus its annotation key.
 */
export const TWEE_CAPS = {
  /** Node passages plus StoryTitle, StoryData, CaseInfo and a few skipped story-format ones. */
  passages: PACK_CAPS.nodes + 50,
  linesPerPassage: 400,
  lineChars: PACK_CAPS.textChars + 100,
  /** Characters in a passage holding JSON (StoryData, CaseInfo). */
  jsonChars: 200_000,
} as const;
