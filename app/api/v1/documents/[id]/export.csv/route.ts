import { notesCsv } from '@/lib/export/csv/notes-csv';
import { exportRoute } from '@/lib/export/export-route';

/** GET /api/v1/documents/:id/export.csv: one spreadsheet row per note and reply. */
export const GET = exportRoute({
  suffix: 'notes.csv',
  contentType: 'text/csv; charset=utf-8',
  render: notesCsv,
});
