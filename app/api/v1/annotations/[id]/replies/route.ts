import { apiRoute } from '@/lib/api/api-route';
import { createReplyInput } from '@/lib/annotations/annotation-input';
import { createReply } from '@/lib/annotations/create-reply';

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/annotations/:id/replies: `{body}`, plain text or editor JSON. */
export const POST = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const { body } = createReplyInput.parse(await request.json().catch(() => ({})));
  const reply = await createReply({ actor: user, annotationId: id, body });
  return Response.json(reply, { status: 201 });
});
