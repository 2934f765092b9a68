import { apiRoute } from '@/lib/api/api-route';
import { detachSource } from '@/lib/sources/detach-source';

type Context = { params: Promise<{ id: string; sourceId: string }> };

/** DELETE /api/v1/annotations/:id/sources/:sourceId: takes the source off the note. */
export const DELETE = apiRoute<Context>(async (_request, user, { params }) => {
  const { id, sourceId } = await params;
  await detachSource({ actor: user, annotationId: id, sourceId });
  return new Response(null, { status: 204 });
});
