import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { getDb } from '../db/prisma';

const WINDOW_SECONDS = 15 * 60;
// Per account: a person who mistypes a few times is never blocked; a guesser is.
const PER_EMAIL = 5;
// Per address: allows a classroom behind one NAT to sign in, but not a sweep.
const PER_IP = 50;

let limiters: { email: RateLimiterPrisma; ip: RateLimiterPrisma } | undefined;

function getLimiters() {
  const options = {
    storeClient: getDb(),
    tableName: 'rateLimiterFlexible',
    duration: WINDOW_SECONDS,
  };
  limiters ??= {
    email: new RateLimiterPrisma({ ...options, points: PER_EMAIL, keyPrefix: 'signin-email' }),
    ip: new RateLimiterPrisma({ ...options, points: PER_IP, keyPrefix: 'signin-ip' }),
  };
  return limiters;
}

/** Raised when failed sign-ins for this account or address have hit the limit. */
export class SignInRateLimitedError extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      `Too many failed sign-ins. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    );
  }
}

/** Throws SignInRateLimitedError when this email or address may not try again yet. */
export async function assertSignInAllowed(email: string, ip: string): Promise<void> {
  const { email: byEmail, ip: byIp } = getLimiters();
  const [e, i] = await Promise.all([byEmail.get(email), byIp.get(ip)]);
  const blocked = [
    e && e.consumedPoints >= PER_EMAIL ? e : null,
    i && i.consumedPoints >= PER_IP ? i : null,
  ].filter((r): r is RateLimiterRes => r !== null);
  if (blocked.length) {
    throw new SignInRateLimitedError(
      Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000),
    );
  }
}

/** Counts a failed sign-in against this email and address. */
export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  const { email: byEmail, ip: byIp } = getLimiters();
  // consume() rejects once the limit is passed; the count is what matters here.
  await Promise.allSettled([byEmail.consume(email), byIp.consume(ip)]);
}

/** Clears the failure count for this email after a successful sign-in. */
export async function clearFailedSignIns(email: string): Promise<void> {
  await getLimiters().email.delete(email);
}
