/** The client address from proxy headers, for rate limiting; "unknown" when absent. */
export function requestIp(
  headers: Headers | Record<string, string | string[] | undefined>,
): string {
  const get = (name: string) => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return get('x-forwarded-for')?.split(',')[0]?.trim() || get('x-real-ip') || 'unknown';
}
