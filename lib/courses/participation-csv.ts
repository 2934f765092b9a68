import { csvTable } from '../export/csv/csv-table';
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

/** The participation table as CSV (RFC 4180, CRLF line ends), one member per row. */
export function participationCsv(rows: ParticipationRow[]): string {
  return csvTable(
    COLUMNS.map(([, label]) => label),
    rows.map((row) => COLUMNS.map(([key]) => row[key])),
  );
}
