// Quotes every field, doubles inner quotes, and defuses spreadsheet formulas: a cell a
// spreadsheet would evaluate (= + - @, or a leading tab or CR) starts with an apostrophe.
function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A table as CSV (RFC 4180, every field quoted, CRLF line ends), header row first. */
export function csvTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
