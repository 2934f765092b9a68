import { exportRoute } from '@/lib/export/export-route';
import { renderAnnotatedPdf } from '@/lib/export/pdf/render-annotated-pdf';

/**
 * GET /api/v1/documents/:id/export.pdf?layers=&replies=&style=&paper=: the document
 * typeset with the caller's visible notes in the margin and as PDF highlight annotations.
 */
export const GET = exportRoute({
  suffix: 'annotated.pdf',
  contentType: 'application/pdf',
  render: (data) => renderAnnotatedPdf(data),
});
