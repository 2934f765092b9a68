/**
 * The file name of an export of a document: its title as an ASCII slug (accents dropped,
 * anything else a dash, at most 80 characters), then the export's `suffix`, such as
 * "annotated.pdf" or "notes.csv".
 */
export function exportFilename(title: string, suffix: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'document'}-${suffix}`;
}
