import { z } from 'zod';
import { apiRoute } from '@/lib/api/api-route';
import { deleteDocument } from '@/lib/documents/delete-document';
import { documentJson } from '@/lib/documents/document-json';
import { getDocument } from '@/lib/documents/get-document';
import { importDocument } from '@/lib/documents/import/import-document';
import { updateDocumentDetails } from '@/lib/documents/update-document-details';
import { saveDocumentVersion } from '@/lib/documents/save-document-version';

type Context = { params: Promise<{ id: string }> };

const putBody = z
  .object({
    content: z.unknown().optional(),
    text: z.string().optional(),
    markdown: z.string().optional(),
    html: z.string().optional(),
    baseVersionId: z.string().optional(),
    title: z.string().optional(),
  })
  .refine(
    (b) => [b.content, b.text, b.markdown, b.html].filter((v) => v !== undefined).length <= 1,
    'Send at most one of "content", "text", "markdown" or "html".',
  );

/** GET /api/v1/documents/:id: the current version's canonical text and the version list. */
export const GET = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  return Response.json(documentJson(await getDocument(user, id)));
});

/** PUT /api/v1/documents/:id: save a new version (editor JSON or text) and/or a new title. */
export const PUT = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const body = putBody.parse(await request.json().catch(() => ({})));
  if (body.title !== undefined)
    await updateDocumentDetails({ actor: user, documentId: id, title: body.title });
  let content = body.content;
  if (body.text !== undefined)
    content = (await importDocument({ kind: 'text', text: body.text })).content;
  if (body.markdown !== undefined)
    content = (await importDocument({ kind: 'markdown', markdown: body.markdown })).content;
  if (body.html !== undefined)
    content = (await importDocument({ kind: 'html', html: body.html })).content;
  if (content !== undefined) {
    await saveDocumentVersion({
      actor: user,
      documentId: id,
      content,
      baseVersionId: body.baseVersionId,
    });
  }
  return Response.json(documentJson(await getDocument(user, id)));
});

/** DELETE /api/v1/documents/:id: the owner deletes the document and everything on it. */
export const DELETE = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  await deleteDocument({ actor: user, documentId: id });
  return new Response(null, { status: 204 });
});
