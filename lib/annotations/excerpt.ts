/** The start of a text for a list: whitespace collapsed, cut at a word with "…" past `max` characters. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A very long first word is cut mid-word rather than dropped.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
