import { ServiceUnavailableError } from './service-unavailable-error';

const RETRY_STATUSES = [502, 503, 504];
const DEFAULT_RETRY_SECONDS = 5;

/**
 * Calls the JSON API from the browser: the parsed answer, null for 204, or an Error
 * carrying the server's sentence (a ServiceUnavailableError when the server asks to be
 * tried again later). A network failure rejects with a TypeError.
 */
export async function apiRequest(url: string, method: string, body?: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return null;
  const json = (await res.json().catch(() => ({}))) as { error?: string };
  const message = json.error ?? `The request failed (HTTP ${res.status}); try again.`;
  if (RETRY_STATUSES.includes(res.status)) {
    const seconds = Number(res.headers.get('retry-after'));
    throw new ServiceUnavailableError(message, seconds > 0 ? seconds : DEFAULT_RETRY_SECONDS);
  }
  if (!res.ok) throw new Error(message);
  return json;
}
