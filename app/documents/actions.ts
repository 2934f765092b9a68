'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { deleteDocument } from '@/lib/documents/delete-document';
import { moveDocument } from '@/lib/documents/move-document';
import { saveDocumentVersion } from '@/lib/documents/save-document-version';
import { updateDocumentDetails } from '@/lib/documents/update-document-details';
import { AppError } from '@/lib/errors/app-error';

async function userErrors<T>(
  run: () => Promise<T>,
): Promise<{ ok: true; data: T } | { error: string }> {
  try {
    return { ok: true, data: await run() };
  } catch (err) {
    if (err instanceof AppError) return { error: err.message };
    throw err;
  }
}

/** Renames a document and/or changes its author and source. */
export const updateDetailsAction = authedAction(
  z.object({
    documentId: z.string().min(1),
    title: z.string().optional(),
    author: z.string().optional(),
    sourceUrl: z.string().optional(),
  }),
  async (user, input) => {
    const result = await userErrors(() => updateDocumentDetails({ actor: user, ...input }));
    revalidatePath('/');
    revalidatePath(`/documents/${input.documentId}`);
    return 'error' in result ? { error: result.error } : { ok: true };
  },
);

/** Moves a document into a course, or out of courses when `courseId` is empty. */
export const moveDocumentAction = authedAction(
  z.object({ documentId: z.string().min(1), courseId: z.string().optional() }),
  async (user, input) => {
    const result = await userErrors(() =>
      moveDocument({ actor: user, documentId: input.documentId, courseId: input.courseId || null }),
    );
    revalidatePath('/');
    return 'error' in result ? { error: result.error } : { ok: true };
  },
);

/** Deletes a document after the user confirmed. */
export const deleteDocumentAction = authedAction(
  z.object({ documentId: z.string().min(1) }),
  async (user, input) => {
    const result = await userErrors(() =>
      deleteDocument({ actor: user, documentId: input.documentId }),
    );
    revalidatePath('/');
    return 'error' in result ? { error: result.error } : { ok: true };
  },
);

/** Saves the editor's content as a new version; 409-style conflicts come back as errors. */
export const saveVersionAction = authedAction(
  z.object({
    documentId: z.string().min(1),
    baseVersionId: z.string().min(1),
    content: z.string().min(2),
  }),
  async (user, input) => {
    let content: unknown;
    try {
      content = JSON.parse(input.content);
    } catch {
      return { error: 'The edited content could not be read; reload the editor and try again.' };
    }
    const result = await userErrors(() =>
      saveDocumentVersion({
        actor: user,
        documentId: input.documentId,
        content,
        baseVersionId: input.baseVersionId,
      }),
    );
    if ('error' in result) return { error: result.error };
    revalidatePath(`/documents/${input.documentId}`);
    return { ok: true, data: { number: result.data.number, changed: result.data.changed } };
  },
);
