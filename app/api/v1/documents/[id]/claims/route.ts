import { apiRoute } from '@/lib/api/api-route';
import { createAnnotation } from '@/lib/annotations/create-annotation';
import { getAnnotation } from '@/lib/annotations/get-annotation';
import { createClaimInput } from '@/lib/claims/claim-input';
import type { ClaimReason } from '@/lib/db/generated/enums';

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/documents/:id/claims: an annotation's `target` plus `reason`, and `body` to explain. */
export const POST = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const { reason, ...input } = createClaimInput.parse(await request.json().catch(() => ({})));
  const created = await createAnnotation({
    actor: user,
    documentId: id,
    input,
    claim: { reason: reason.toUpperCase() as ClaimReason },
  });
  return Response.json(await getAnnotation(user, created.id), { status: 201 });
});
