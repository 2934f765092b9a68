import { apiRoute } from '@/lib/api/api-route';
import { updateAnnotationInput } from '@/lib/annotations/annotation-input';
import { deleteAnnotation } from '@/lib/annotations/delete-annotation';
import { getAnnotation } from '@/lib/annotations/get-annotation';
import { updateAnnotation } from '@/lib/annotations/update-annotation';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/annotations/:id: one visible note, as the document's list shows it. */
export const GET = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  return Response.json(await getAnnotation(user, id));
});

/** PATCH /api/v1/annotations/:id: the author changes comment, colour, tags or visibility. */
export const PATCH = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const input = updateAnnotationInput.parse(await request.json().catch(() => ({})));
  await updateAnnotation({ actor: user, annotationId: id, input });
  return Response.json({ id });
});

/** DELETE /api/v1/annotations/:id: the author deletes; a note with replies leaves a placeholder. */
export const DELETE = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  await deleteAnnotation({ actor: user, annotationId: id });
  return new Response(null, { status: 204 });
});
