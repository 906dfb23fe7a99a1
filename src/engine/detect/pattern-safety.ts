/**
 * Why an organisation's pattern could make the detector stall, or null. JavaScript's regular
 * expressions backtrack, so a repeated group that can itself match in several ways, `(a+)+` or
 * `(很|很好)*`, takes time exponential in the reply's length on a near miss: one such pattern in
 * a hostile or careless list file would freeze the typing box. Phrase lists never need one, so
 * they are refused by shape, before any reply is read. Back-references are refused for the same
 * reason (matching them is not bounded by the pattern's size).
 */
export function patternRisk(source: string): 'nested-repetition' | 'back-reference' | null {
  // For each open group: whether its body repeats or branches.
  const open: boolean[] = [];
  let lastGroupAmbiguous = false;
  let afterGroup = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    const wasAfterGroup = afterGroup;
    afterGroup = false;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) return 'back-reference';
      i += 1;
      continue;
    }
    if (c === '[') {
      // A class is one character whatever it holds; skip to its unescaped end.
      for (i += 1; i < source.length && source[i] !== ']'; i += 1) if (source[i] === '\\') i += 1;
      continue;
    }
    if (c === '(') {
      open.push(false);
      // A group's own prefix, (?: (?= (?! (?<= (?<! (?<name>, is not a quantifier.
      const prefix = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i));
      if (prefix) i += prefix[0].length - 1;
      continue;
    }
    if (c === ')') {
      lastGroupAmbiguous = open.pop() ?? false;
      afterGroup = true;
      // The enclosing group repeats or branches if this one did.
      if (lastGroupAmbiguous && open.length > 0) open[open.length - 1] = true;
      continue;
    }
    const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(source.slice(i)));
    if (unbounded && wasAfterGroup && lastGroupAmbiguous) return 'nested-repetition';
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '|') {
      if (open.length > 0) open[open.length - 1] = true;
    }
  }
  return null;
}
