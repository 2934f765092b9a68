import { apiRoute } from '@/lib/api/api-route';
import { createAnnotation } from '@/lib/annotations/create-annotation';
import { getAnnotation } from '@/lib/annotations/get-annotation';
import { createPromptInput } from '@/lib/annotations/prompt-input';

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/documents/:id/prompts: an annotation's `target` plus `body`, the question for the class. */
export const POST = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const input = createPromptInput.parse(await request.json().catch(() => ({})));
  const created = await createAnnotation({ actor: user, documentId: id, input, prompt: true });
  return Response.json(await getAnnotation(user, created.id), { status: 201 });
});
