/**
 * Calls the JSON API from the browser: the parsed answer, null for 204, or an Error
 * carrying the server's sentence. A network failure rejects with a TypeError.
 */
export async function apiRequest(url: string, method: string, body?: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return null;
  const json = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new Error(json.error ?? `The request failed (HTTP ${res.status}); try again.`);
  return json;
}
