import { apiRoute } from '@/lib/api/api-route';
import { importNewDocument } from '@/lib/documents/import-new-document';
import { listDocuments } from '@/lib/documents/list-documents';
import { listDocumentsQuery } from '@/lib/documents/list-documents-query';
import { readImportRequest } from '@/lib/documents/read-import-request';

/** GET /api/v1/documents?q=&scope=all|mine|<courseId>&sort=&page=&pageSize= */
export const GET = apiRoute(async (request, user) => {
  const query = listDocumentsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await listDocuments(user.id, query);
  return Response.json({
    ...page,
    items: page.items.map((d) => ({
      id: d.id,
      title: d.title,
      author: d.author,
      course: d.course,
      owner: d.owner,
      createdAt: d.createdAt.toISOString(),
      updatedAt: d.updatedAt.toISOString(),
    })),
  });
});

/** POST /api/v1/documents: multipart `file`, or JSON `{title, text | markdown | html}`. */
export const POST = apiRoute(async (request, user) => {
  const { input, meta } = await readImportRequest(request);
  const created = await importNewDocument({ actor: user, input, ...meta });
  return Response.json(
    { id: created.id, title: created.title, versionId: created.versionId },
    { status: 201 },
  );
});
