import { apiRoute } from '@/lib/api/api-route';
import { createAnnotationInput } from '@/lib/annotations/annotation-input';
import { createAnnotation } from '@/lib/annotations/create-annotation';
import { getAnnotation } from '@/lib/annotations/get-annotation';
import { listAnnotations } from '@/lib/annotations/list-annotations';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/documents/:id/annotations: visible notes with selectors and resolved anchors. */
export const GET = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  return Response.json({ items: await listAnnotations(user, id) });
});

/** POST /api/v1/documents/:id/annotations: `{target:{selector}, body, color, tags, visibility}`. */
export const POST = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const input = createAnnotationInput.parse(await request.json().catch(() => ({})));
  const created = await createAnnotation({ actor: user, documentId: id, input });
  return Response.json(await getAnnotation(user, created.id), { status: 201 });
});
