import { apiRoute } from '@/lib/api/api-route';
import { createReplyInput } from '@/lib/annotations/annotation-input';
import { deleteReply } from '@/lib/annotations/delete-reply';
import { updateReply } from '@/lib/annotations/update-reply';

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/v1/replies/:id: the author rewrites a reply (`{body}`); it shows as edited. */
export const PATCH = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const { body } = createReplyInput.parse(await request.json().catch(() => ({})));
  return Response.json(await updateReply({ actor: user, replyId: id, body }));
});

/** DELETE /api/v1/replies/:id: the author deletes a reply. */
export const DELETE = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  await deleteReply({ actor: user, replyId: id });
  return new Response(null, { status: 204 });
});
