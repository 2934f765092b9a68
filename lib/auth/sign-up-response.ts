import { fieldErrorsOf } from '../actions/form-state';
import { createUser, DuplicateEmailError } from '../users/create-user';
import { requestIp } from './request-ip';
import { signUpSchema } from './sign-up-schema';
import { consumeSignUp, SignUpRateLimitedError } from './sign-up-limiter';

/**
 * The answer to a sign-up request (`{name, email, password}` as JSON): 201 with the new
 * account's id; 400 with `fieldErrors` for bad input; 409 when the email has an account;
 * 429 with Retry-After when this address has created too many accounts. Valid attempts
 * count toward the limit whether or not they succeed, so probing for taken addresses does.
 */
export async function signUpResponse(request: Request): Promise<Response> {
  const parsed = signUpSchema.safeParse(await request.json().catch(() => ({})));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return Response.json({ error: Object.values(fieldErrors)[0], fieldErrors }, { status: 400 });
  }
  try {
    await consumeSignUp(requestIp(request.headers));
    const user = await createUser(parsed.data);
    return Response.json({ id: user.id }, { status: 201 });
  } catch (err) {
    if (err instanceof SignUpRateLimitedError)
      return Response.json(
        { error: err.message },
        { status: 429, headers: { 'Retry-After': String(Math.max(1, err.retryAfterSeconds)) } },
      );
    if (err instanceof DuplicateEmailError)
      return Response.json(
        { error: err.message, fieldErrors: { email: err.message } },
        { status: 409 },
      );
    throw err;
  }
}
