import { apiRoute } from '../api/api-route';
import { exportFilename } from './export-filename';
import { exportOptionsFrom } from './export-options';
import { loadExport, type ExportData } from './load-export';

type Context = { params: Promise<{ id: string }> };

/**
 * The route of one export format of a document: reads the options from the query,
 * loads what the caller may see (`loadExport`), renders it, and answers it as a file
 * download named after the document, under the export rate limit.
 */
export function exportRoute(format: {
  /** What follows the document's slug in the file name, e.g. "notes.csv". */
  suffix: string;
  contentType: string;
  render: (data: ExportData, origin: string) => string | Uint8Array | Promise<Uint8Array>;
}) {
  return apiRoute<Context>(
    async (request, user, { params }) => {
      const { id } = await params;
      const data = await loadExport(user, id, exportOptionsFrom(request.url));
      const body = await format.render(data, new URL(request.url).origin);
      return new Response(body as BodyInit, {
        headers: {
          'content-type': format.contentType,
          'content-disposition': `attachment; filename="${exportFilename(data.document.title, format.suffix)}"`,
          'cache-control': 'private, no-store',
        },
      });
    },
    { limit: 'export' },
  );
}
