import { ZodError } from 'zod';
import { authenticateRequest } from '../auth/authenticate-request';
import type { CurrentUser } from '../auth/get-current-user';
import { isDatabaseUnavailable } from '../db/is-database-unavailable';
import { AppError } from '../errors/app-error';
import { apiError, unauthorized } from './api-error';
import { consumeRequest, type RequestLimit } from './request-limiter';

type Handler<C> = (request: Request, user: CurrentUser, context: C) => Promise<Response>;

function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Anything that carries an HTTP status for the user: AppError, ImportError. */
function statusOf(err: unknown): number | null {
  if (err instanceof AppError) return err.status;
  const status = (err as { status?: unknown } | null)?.status;
  return err instanceof Error && typeof status === 'number' && status >= 400 && status < 500
    ? status
    : null;
}

const LIMITED: Record<RequestLimit, string> = {
  write: 'changes',
  export: 'exports',
};

// A database restart takes a few seconds; clients that honour Retry-After then succeed.
const DATABASE_RETRY_SECONDS = 5;

// Known failures become `{ error }` with their status; anything else stays a 500.
function errorResponse(err: unknown): Response {
  if (err instanceof ZodError)
    return apiError(400, err.issues[0]?.message ?? 'The request is not valid.');
  const status = statusOf(err);
  if (status) return apiError(status, (err as Error).message);
  if (isDatabaseUnavailable(err))
    return apiError(
      503,
      `Scholia cannot reach its database just now; try again in ${DATABASE_RETRY_SECONDS} seconds.`,
      { 'Retry-After': String(DATABASE_RETRY_SECONDS) },
    );
  throw err;
}

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
    if (write && !request.headers.get('authorization') && isForeignOrigin(request)) {
      return apiError(
        403,
        'This request came from another site; use Scholia itself or an API token.',
      );
    }
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
  return (request: Request, context: C) => handle(request, context).catch(errorResponse);
}
