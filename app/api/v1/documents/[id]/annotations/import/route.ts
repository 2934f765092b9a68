import { apiRoute } from '@/lib/api/api-route';
import { importAnnotations } from '@/lib/export/w3c/import-annotations';
import { readAnnotationFile } from '@/lib/export/w3c/read-annotation-file';

type Context = { params: Promise<{ id: string }> };

/**
 * POST /api/v1/documents/:id/annotations/import: a W3C Web Annotation or Hypothesis JSON
 * export, as the body or the multipart field `file` (`visibility` as a field or query
 * parameter), imported as the caller's notes; answers with a report of how they landed.
 */
export const POST = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const { json, visibility } = await readAnnotationFile(request);
  const report = await importAnnotations({ actor: user, documentId: id, file: json, visibility });
  return Response.json(report, { status: 201 });
});
