/** A JSON error response: `{ error: "<sentence saying what to do>" }`. */
export function apiError(status: number, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: message }, { status, headers });
}

/** The 401 answer for a request with no valid session or token. */
export function unauthorized(): Response {
  return apiError(
    401,
    'Sign in, or send a personal API token as "Authorization: Bearer <token>" (create one under Settings).',
    { 'WWW-Authenticate': 'Bearer realm="scholia"' },
  );
}

/** The 403 answer for a cookie-authenticated write sent from another site's page. */
export function foreignOrigin(): Response {
  return apiError(403, 'This request came from another site; use Scholia itself or an API token.');
}
