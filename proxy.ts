import { NextResponse, type NextRequest } from 'next/server';
import { foreignOrigin } from '@/lib/api/api-error';
import { isForeignOrigin } from '@/lib/security/is-foreign-origin';
import { contentSecurityPolicy, SECURITY_HEADERS } from '@/lib/security/content-security-policy';

/**
 * Every page gets a fresh script nonce and the Content-Security-Policy built on it (Next
 * reads the policy from the request and puts the nonce on its own scripts), and every
 * response the other security headers. A server action posted from another site's page is
 * refused with 403 before it runs.
 */
export function proxy(request: NextRequest) {
  // Next refuses these too, but with a bare 500; this says why, as the JSON API does.
  if (request.method === 'POST' && request.headers.has('next-action') && isForeignOrigin(request))
    return foreignOrigin();
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not for static files, which carry no scripts of their own.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|icon.svg).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
