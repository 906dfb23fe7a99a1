/**
 * Focuses the input for a problem's JSON path: the field itself, or the closest enclosing one
 * (a problem at `$.nodes[2].choices` lands on the node's first reply field).
 */
export function focusField(path: string): boolean {
  const fields = [...document.querySelectorAll<HTMLElement>('[data-field]')];
  const matches = fields.filter((f) => {
    const field = f.dataset.field!;
    return (
      field === path ||
      (path.startsWith(field) && /^[.[]/.test(path.slice(field.length))) ||
      (field.startsWith(path) && /^[.[]/.test(field.slice(path.length)))
    );
  });
  const best = matches.sort(
    (a, b) => closeness(path, b.dataset.field!) - closeness(path, a.dataset.field!),
  )[0];
  if (!best) return false;
  best.scrollIntoView({ block: 'center' });
  best.focus();
  return true;
}

/** Exact match first, then the longest enclosing field, then the first field inside. */
function closeness(path: string, field: string): number {
  if (field === path) return 10_000;
  if (path.startsWith(field)) return field.length;
  return -field.length;
}
