import type { ParticipationRow } from './course-participation';

const COLUMNS: [keyof ParticipationRow, string][] = [
  ['name', 'Name'],
  ['role', 'Role'],
  ['notes', 'Notes'],
  ['replies', 'Replies'],
  ['words', 'Words'],
  ['sources', 'Sources attached'],
  ['claims', 'Claims flagged'],
  ['lateNotes', 'Late notes'],
  ['firstActivity', 'First activity'],
  ['lastActivity', 'Last activity'],
];

// Quotes every field, doubles inner quotes, and defuses spreadsheet formulas.
function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The participation table as CSV (RFC 4180, CRLF line ends), one member per row. */
export function participationCsv(rows: ParticipationRow[]): string {
  const lines = [COLUMNS.map(([, label]) => cell(label)).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([key]) => cell(row[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
