/** The collab server's port: COLLAB_PORT, else the web port plus one (3001 by default). */
export function collabPort(env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env.COLLAB_PORT ?? Number(env.PORT ?? 3000) + 1);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`COLLAB_PORT must be a number from 1 to 65535, not "${env.COLLAB_PORT}".`);
  return port;
}

/**
 * Browser origins the collab server accepts: the web app's (NEXTAUTH_URL, and for a
 * loopback host its localhost/127.0.0.1 twin) and any in COLLAB_ALLOWED_ORIGINS.
 */
export function collabAllowedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = new Set<string>();
  const web = new URL(env.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`);
  origins.add(web.origin);
  for (const [a, b] of [
    ['localhost', '127.0.0.1'],
    ['127.0.0.1', 'localhost'],
  ] as const) {
    if (web.hostname === a) origins.add(web.origin.replace(a, b));
  }
  for (const extra of (env.COLLAB_ALLOWED_ORIGINS ?? '').split(',')) {
    if (extra.trim()) origins.add(new URL(extra.trim()).origin);
  }
  return [...origins];
}

/**
 * The WebSocket URL browsers use: COLLAB_URL when set (behind a proxy), else the host
 * the page was served from, on the collab port, so nothing needs configuring.
 */
export function publicCollabUrl(pageUrl: URL, env: NodeJS.ProcessEnv = process.env): string {
  if (env.COLLAB_URL) return env.COLLAB_URL;
  const scheme = pageUrl.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${pageUrl.hostname}:${collabPort(env)}`;
}
