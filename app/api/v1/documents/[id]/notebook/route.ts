import { z } from 'zod';
import { apiRoute } from '@/lib/api/api-route';
import { setNotebookLock } from '@/lib/courses/set-notebook-lock';

type Context = { params: Promise<{ id: string }> };
const lockInput = z.object({ locked: z.boolean({ error: 'Say whether to lock: true or false.' }) });

/** PATCH /api/v1/documents/:id/notebook {locked}: an instructor locks or unlocks the notebook. */
export const PATCH = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const { locked } = lockInput.parse(await request.json().catch(() => ({})));
  return Response.json(await setNotebookLock({ actor: user, documentId: id, locked }));
});
