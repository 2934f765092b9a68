import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** What a limit counts: every write through the API, and exports (each builds a file). */
export type RequestLimit = 'write' | 'export';

// Per user per minute: far above what a person does (a busy class posts a note every few
// seconds), low enough that a runaway script or a flood stops within the minute.
const POINTS: Record<RequestLimit, number> = { write: 240, export: 20 };

const limiters = new Map<RequestLimit, RateLimiterMemory>();

/**
 * Counts one request of `kind` for `userId`; null when allowed, else the seconds until
 * the next is. Kept in the web process's memory, per instance (the sign-in limits, which
 * guard accounts, are in Postgres).
 */
export async function consumeRequest(kind: RequestLimit, userId: string): Promise<number | null> {
  let limiter = limiters.get(kind);
  if (!limiter) {
    limiter = new RateLimiterMemory({ points: POINTS[kind], duration: 60, keyPrefix: kind });
    limiters.set(kind, limiter);
  }
  try {
    await limiter.consume(userId);
    return null;
  } catch (res) {
    if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    throw res;
  }
}

/** The limit of each kind, for tests and the README. */
export const REQUEST_LIMITS = POINTS;
