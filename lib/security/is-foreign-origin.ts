/**
 * Whether a request's Origin names another site than the host it was sent to (behind a
 * proxy, the forwarded host). A request without Origin is not foreign: browsers send one
 * with every cross-site POST, and scripts with a token carry none.
 */
export function isForeignOrigin(request: Pick<Request, 'headers'>): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
