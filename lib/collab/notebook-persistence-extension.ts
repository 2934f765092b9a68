import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { getDb } from '../db/prisma';
import type { CollabContext } from './collab-context';
import { parseRoomName } from './room-name';

/**
 * Stores course notebooks: a room loads its Y.Doc from the Notebook row of its
 * document and course, and writes the whole encoded state back after edits (debounced
 * by the server: at most 2 s after a change) and when the last client leaves or the
 * server shuts down.
 */
export class NotebookPersistenceExtension implements Extension {
  extensionName = 'notebook-persistence';

  async onLoadDocument({ documentName, document, context }: onLoadDocumentPayload<CollabContext>) {
    if (parseRoomName(documentName)?.kind !== 'notebook' || !context.courseId) return;
    const row = await getDb().notebook.findUnique({
      where: {
        documentId_courseId: { documentId: context.documentId, courseId: context.courseId },
      },
      select: { state: true },
    });
    if (row) Y.applyUpdate(document, row.state);
  }

  async onStoreDocument({
    documentName,
    document,
    lastContext,
  }: onStoreDocumentPayload<CollabContext>) {
    if (parseRoomName(documentName)?.kind !== 'notebook' || !lastContext?.courseId) return;
    const key = { documentId: lastContext.documentId, courseId: lastContext.courseId };
    const state = Buffer.from(Y.encodeStateAsUpdate(document));
    await getDb().notebook.upsert({
      where: { documentId_courseId: key },
      create: { ...key, state },
      update: { state },
    });
  }
}
