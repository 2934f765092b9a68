type RouteHandler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * For tests: calls a route handler in-process with a personal API token (see
 * apiClientFor) and gives back the raw Response, for answers that are files, not JSON.
 */
export async function fetchRoute<C>(
  secret: string,
  handler: RouteHandler<C>,
  init: RequestInit & { url?: string; params?: Record<string, string> } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${secret}`);
  const request = new Request(init.url ?? 'http://localhost/api/v1/x', { ...init, headers });
  return handler(request, { params: Promise.resolve(init.params ?? {}) } as C);
}
