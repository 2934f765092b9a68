import type { APIRequestContext } from '@playwright/test';
import { createRequire } from 'node:module';

// React's own client encoder, the one Next ships to the browser, so the request is
// exactly what a form in the page sends.
const { encodeReply } = createRequire(import.meta.url)(
  'next/dist/compiled/react-server-dom-webpack/client.node.js',
) as { encodeReply: (value: unknown) => Promise<FormData | string> };

/** What a server action answered: the HTTP status, and the value it returned, if any. */
export interface ActionAnswer {
  status: number;
  result: { ok?: boolean; error?: string; fieldErrors?: Record<string, string> } | null;
}

/**
 * Posts a form to a `useActionState` server action, `(previousState, formData)`, as the
 * page at `url` would, with `request`'s cookies, from the page's `origin`.
 */
export async function callServerAction(
  request: APIRequestContext,
  options: { id: string; url: string; fields: Record<string, string | string[]>; origin: string },
): Promise<ActionAnswer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields))
    for (const v of [value].flat()) form.append(name, v);
  const body = await encodeReply([{}, form]);
  const response = await request.post(options.url, {
    headers: { 'next-action': options.id, accept: 'text/x-component', origin: options.origin },
    multipart: body instanceof FormData ? body : undefined,
    data: typeof body === 'string' ? body : undefined,
    maxRedirects: 0,
  });
  const text = await response.text();
  // The RSC payload's first row points at the row holding the action's return value.
  const ref = /^0:\{"a":"\$@([0-9a-f]+)"/m.exec(text)?.[1];
  const row = ref ? new RegExp(`^${ref}:(\\{.*\\})$`, 'm').exec(text)?.[1] : undefined;
  return {
    status: response.status(),
    result: row ? (JSON.parse(row) as ActionAnswer['result']) : null,
  };
}
