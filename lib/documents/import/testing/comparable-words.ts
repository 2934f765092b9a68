// Glyphs, dashes and numbers that open a list line; the importer turns them into list structure.
const LIST_MARKER = /^(\s*(?:[,;]\s*)?)(?:[●•◦▪■‣]|[-*+](?=\s)|\(?\d{1,3}[.)](?=\s|$))/gm;

/**
 * The words of a text for comparing an import with its source: typographic quotes made
 * straight, split on any whitespace (including U+00A0); with `dropListMarkers`, the bullets
 * and item numbers at line starts are left out, as the importer turns them into lists.
 */
export function comparableWords(
  text: string,
  options: { dropListMarkers?: boolean } = {},
): string[] {
  const source = options.dropListMarkers ? text.replace(LIST_MARKER, '$1') : text;
  return source
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .split(/[\s\u00A0]+/)
    .filter(Boolean);
}
