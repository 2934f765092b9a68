import { exportRoute } from '@/lib/export/export-route';
import { notesMarkdown } from '@/lib/export/markdown/notes-markdown';

/** GET /api/v1/documents/:id/export.md: the notes as a Markdown file, in text order. */
export const GET = exportRoute({
  suffix: 'notes.md',
  contentType: 'text/markdown; charset=utf-8',
  render: notesMarkdown,
});
