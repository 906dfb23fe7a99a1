/** A Twine link: the words shown and the passage it leads to. */
export interface TweeLink {
  text: string;
  target: string;
  /** 0-based position of the opening `[[` in its line. */
  column: number;
}

/**
 * The inside of `[[…]]` in each style Twine 2's story formats read: `text->target` (Harlowe and
 * SugarCube; the rightmost arrow counts), `target<-text` (the leftmost), `text|target`
 * (SugarCube), and `target` alone. A SugarCube setter (`[[text|target][$x to 1]]`) is dropped.
 */
export function readLink(inner: string): { text: string; target: string } {
  const body = inner.split('][')[0]!;
  const right = body.lastIndexOf('->');
  if (right !== -1)
    return { text: body.slice(0, right).trim(), target: body.slice(right + 2).trim() };
  const left = body.indexOf('<-');
  if (left !== -1) return { text: body.slice(left + 2).trim(), target: body.slice(0, left).trim() };
  const bar = body.lastIndexOf('|');
  if (bar !== -1) return { text: body.slice(0, bar).trim(), target: body.slice(bar + 1).trim() };
  return { text: body.trim(), target: body.trim() };
}

/** Every `[[…]]` link of a line, left to right, and the line's text with the links taken out. */
export function linksIn(line: string): { links: TweeLink[]; rest: string } {
  const links: TweeLink[] = [];
  let rest = '';
  let i = 0;
  for (;;) {
    const open = line.indexOf('[[', i);
    const close = open === -1 ? -1 : line.indexOf(']]', open + 2);
    if (open === -1 || close === -1) break;
    rest += line.slice(i, open);
    links.push({ ...readLink(line.slice(open + 2, close)), column: open });
    i = close + 2;
  }
  return { links, rest: (rest + line.slice(i)).trim() };
}

/** Characters that would change how a link's text is read back. */
const LINK_UNSAFE = /\[|\]|->|<-|\||[\n\r]|^\s|\s$/;

/** Whether a reply's words can stand as a link's text and read back unchanged. */
export const safeLinkText = (text: string) => text !== '' && !LINK_UNSAFE.test(text);
