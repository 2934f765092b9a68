import { apiRoute } from '@/lib/api/api-route';
import { verdictInput } from '@/lib/claims/claim-input';
import { recordVerdict } from '@/lib/claims/record-verdict';

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/claims/:id/verdict: `{status, note, sourceIds}` from a moderator or instructor. */
export const POST = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const input = verdictInput.parse(await request.json().catch(() => ({})));
  return Response.json(await recordVerdict({ actor: user, claimId: id, input }));
});
