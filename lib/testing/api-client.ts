import { createApiToken } from '../api-tokens/create-api-token';

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>;

/** Calls route handlers in-process as a user with a real personal API token. */
export async function apiClientFor(userId: string) {
  const { secret } = await createApiToken({ userId, name: 'test' });
  const call = async <C>(
    handler: RouteHandler<C>,
    init: RequestInit & { url?: string; params?: Record<string, string> } = {},
  ) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${secret}`);
    const request = new Request(init.url ?? 'http://localhost/api/v1/x', { ...init, headers });
    const response = await handler(request, { params: Promise.resolve(init.params ?? {}) } as C);
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
  };
  return { call, secret };
}

/** A multipart body with one file field and optional text fields. */
export function multipart(
  file: { name: string; bytes: Uint8Array<ArrayBuffer> | string; type?: string },
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.append('file', new File([file.bytes], file.name, { type: file.type ?? '' }));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

/** A JSON request for `apiClientFor(...).call`: method, body and route params. */
export function jsonRequest(method: string, body: unknown, params: Record<string, string> = {}) {
  return {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    params,
  };
}
