import { apiRoute } from '@/lib/api/api-route';
import { updateAnnotationInput } from '@/lib/annotations/annotation-input';
import { deleteAnnotation } from '@/lib/annotations/delete-annotation';
import { updateAnnotation } from '@/lib/annotations/update-annotation';

type Context = { params: Promise<{ id: string }> };

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
