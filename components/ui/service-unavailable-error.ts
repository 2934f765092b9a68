/**
 * The server could not do it just now (503, or a proxy's 502 or 504 while it restarts)
 * and asked to be tried again: after `retryAfterSeconds`, from Retry-After.
 */
export class ServiceUnavailableError extends Error {
  constructor(
    message: string,
    public readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
