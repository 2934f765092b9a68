import { authenticateRequest } from '../auth/authenticate-request';
import type { CurrentUser } from '../auth/get-current-user';
import { isForeignOrigin } from '../security/is-foreign-origin';
import { apiError, foreignOrigin, unauthorized } from './api-error';
import { apiErrorResponse } from './api-error-response';
import { consumeRequest, type RequestLimit } from './request-limiter';

type Handler<C> = (request: Request, user: CurrentUser, context: C) => Promise<Response>;

const LIMITED: Record<RequestLimit, string> = {
  write: 'changes',
  export: 'exports',
};

/**
 * Wraps a JSON API route handler: authenticates by bearer token or session cookie
 * (401), refuses cookie-authenticated writes from a foreign Origin (403), limits each
 * user's writes (and, with `limit: 'export'`, exports) per minute (429 with
 * Retry-After), and turns domain and validation errors into `{ error }` responses with
 * their status, and an unreachable or restarting database into a 503 with Retry-After.
 */
export function apiRoute<C = unknown>(handler: Handler<C>, options: { limit?: RequestLimit } = {}) {
  const handle = async (request: Request, context: C): Promise<Response> => {
    const user = await authenticateRequest(request);
    if (!user) return unauthorized();
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (write && !request.headers.get('authorization') && isForeignOrigin(request))
      return foreignOrigin();
    const limit = options.limit ?? (write ? 'write' : null);
    const wait = limit ? await consumeRequest(limit, user.id) : null;
    if (wait !== null)
      return apiError(
        429,
        `Too many ${LIMITED[limit!]} in a minute; wait ${wait} second${wait === 1 ? '' : 's'} and try again.`,
        { 'Retry-After': String(wait) },
      );
    return handler(request, user, context);
  };
  // Authentication reads the database too, so its failures are mapped like the handler's.
  return (request: Request, context: C) => handle(request, context).catch(apiErrorResponse);
}
