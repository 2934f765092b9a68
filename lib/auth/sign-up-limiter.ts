import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { getDb } from '../db/prisma';

const WINDOW_SECONDS = 60 * 60;

/**
 * Accounts one address may create per hour. A school behind one NAT signs a few classes
 * up at the start of term well within it; a script creating accounts in bulk stops.
 */
export const SIGN_UPS_PER_IP = 200;

let limiter: RateLimiterPrisma | undefined;

/** Raised when this address has created as many accounts as the window allows. */
export class SignUpRateLimitedError extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      `Too many accounts were created from this network; wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    );
  }
}

/**
 * Counts one sign-up attempt from `ip` (kept in Postgres, so every web instance shares
 * it); throws SignUpRateLimitedError when the address is over the limit.
 */
export async function consumeSignUp(ip: string): Promise<void> {
  limiter ??= new RateLimiterPrisma({
    storeClient: getDb(),
    tableName: 'rateLimiterFlexible',
    duration: WINDOW_SECONDS,
    points: SIGN_UPS_PER_IP,
    keyPrefix: 'signup-ip',
  });
  try {
    await limiter.consume(ip);
  } catch (res) {
    if (res instanceof RateLimiterRes)
      throw new SignUpRateLimitedError(Math.ceil(res.msBeforeNext / 1000));
    throw res;
  }
}
