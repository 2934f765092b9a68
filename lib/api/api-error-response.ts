import { ZodError } from 'zod';
import { isDatabaseUnavailable } from '../db/is-database-unavailable';
import { AppError } from '../errors/app-error';
import { apiError } from './api-error';

/** Anything that carries an HTTP status for the user: AppError, ImportError. */
function statusOf(err: unknown): number | null {
  if (err instanceof AppError) return err.status;
  const status = (err as { status?: unknown } | null)?.status;
  return err instanceof Error && typeof status === 'number' && status >= 400 && status < 500
    ? status
    : null;
}

// A database restart takes a few seconds; clients that honour Retry-After then succeed.
const DATABASE_RETRY_SECONDS = 5;

/**
 * The JSON answer for a known failure: validation and domain errors with their status,
 * an unreachable or restarting database as a 503 with Retry-After. Anything else is
 * rethrown, to stay a 500.
 */
export function apiErrorResponse(err: unknown): Response {
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
