import { apiErrorResponse } from '@/lib/api/api-error-response';
import { foreignOrigin } from '@/lib/api/api-error';
import { signUpResponse } from '@/lib/auth/sign-up-response';
import { isForeignOrigin } from '@/lib/security/is-foreign-origin';

/**
 * POST /api/v1/accounts: creates a password account from `{name, email, password}`, for
 * the sign-up form and scripts; needs no session. Limited per address (429, Retry-After).
 */
export async function POST(request: Request): Promise<Response> {
  if (isForeignOrigin(request)) return foreignOrigin();
  return signUpResponse(request).catch(apiErrorResponse);
}
