// Prisma's "can't reach", "timed out" and "connection closed", Node's socket failures, and
// SQLSTATE class 08 (connection exception) and 57P01-03 (shutting down, starting up).
const CODES =
  /^(P1001|P1002|P1008|P1017|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|08[0-9A-Z]{3}|57P0[123])$/;
// The same failures where only the message carries them: pg's own errors have no code,
// and Prisma reports a driver's SQLSTATE inside its message.
const MESSAGES =
  /Code: `(08[0-9A-Z]{3}|57P0[123])`|terminating connection|Connection terminated|not queryable|Can't reach database server|Server has closed the connection|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Whether `err` (or what caused it) says the database is away: restarting, unreachable
 * or dropping connections, so the same request may well succeed in a few seconds.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current; depth++) {
    const { code, message, cause } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && CODES.test(code)) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}
