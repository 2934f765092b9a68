import { findUserByApiToken } from '../api-tokens/find-user-by-api-token';
import { getCurrentUser, type CurrentUser } from './get-current-user';

/**
 * The caller of a JSON API request: a personal token in `Authorization: Bearer`, or
 * the session cookie. A request that presents a bearer token is judged by it alone.
 */
export async function authenticateRequest(request: Request): Promise<CurrentUser | null> {
  const header = request.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return match?.[1] ? findUserByApiToken(match[1]) : null;
  }
  return getCurrentUser();
}
