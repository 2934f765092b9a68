/**
 * The Content-Security-Policy for a page, with this request's script nonce: scripts only
 * from this origin or carrying the nonce (Next puts it on its own), no plugins, no
 * framing, forms and <base> kept to this origin. Styles allow inline style attributes,
 * which the editor sets on decorations (a style attribute cannot carry a nonce); the
 * live connection goes to the collab server, on another port, over ws: or wss:. In
 * development Next needs eval for fast refresh.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self' data:`,
    `connect-src 'self' ws: wss:`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** The headers every response carries beside the policy. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
