import { requestIp } from './request-ip';
import { assertSignInAllowed, SignInRateLimitedError } from './sign-in-limiter';

/**
 * For a POST to next-auth's credentials callback: a 429 with Retry-After when this email or
 * address may not try again yet, else null. next-auth itself can answer a refused sign-in
 * only with 200 (JSON) or a redirect, so the limit is checked before it runs. The body keeps
 * next-auth's `{url}` shape with the message as `error`, which `signIn()` in the browser
 * reports, and adds the API's `{error}`.
 */
export async function signInLimitResponse(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith('/callback/credentials')) return null;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get('email') ?? '')
    .trim()
    .toLowerCase();
  try {
    await assertSignInAllowed(email, requestIp(request.headers));
    return null;
  } catch (err) {
    if (!(err instanceof SignInRateLimitedError)) throw err;
    const url = new URL('/signin', request.url);
    url.searchParams.set('error', err.message);
    return Response.json(
      { url: url.toString(), error: err.message },
      { status: 429, headers: { 'Retry-After': String(Math.max(1, err.retryAfterSeconds)) } },
    );
  }
}
