import { unauthorized } from '@/lib/api/api-error';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { getProfile } from '@/lib/users/get-profile';

/** GET /api/v1/me: the caller's profile and courses. */
export async function GET(request: Request) {
  const user = await authenticateRequest(request);
  if (!user) return unauthorized();
  return Response.json(await getProfile(user.id));
}
