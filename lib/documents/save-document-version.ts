import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { ConflictError, ValidationError } from '../errors/app-error';
import { canonicalText } from './canonical-text';
import type { DocNode } from './doc-node';
import { documentSchema } from './editor/document-schema';
import { stripUnsafeLinks } from './editor/strip-unsafe-links';
import { loadDocumentFor } from './load-document-for';
import { writeSearchVector } from './write-search-vector';

function checkedNode(content: unknown) {
  try {
    const node = documentSchema().nodeFromJSON(stripUnsafeLinks(content as DocNode));
    node.check();
    return node;
  } catch {
    throw new ValidationError(
      'The document content is not valid; reload the editor and try again.',
    );
  }
}

/**
 * Saves edited content as the document's next version (owner only). `baseVersionId`
 * is the version the edit started from; if another save happened since, nothing is
 * written and a 409 says so. Saving unchanged content creates no version.
 */
export async function saveDocumentVersion(options: {
  actor: { id: string };
  documentId: string;
  content: unknown;
  baseVersionId?: string;
}) {
  const doc = await loadDocumentFor(options.actor, options.documentId, 'update');
  const node = checkedNode(options.content);
  const content = node.toJSON() as DocNode;
  const text = canonicalText(content);
  if (!text.trim())
    throw new ValidationError('A document needs some text; undo the deletion and save again.');
  return getDb().$transaction(async (tx) => {
    // Lock the document row so two saves cannot both become version n+1.
    await tx.$executeRaw`SELECT 1 FROM "Document" WHERE "id" = ${doc.id} FOR UPDATE`;
    const current = await tx.document.findUniqueOrThrow({
      where: { id: doc.id },
      select: { currentVersion: { select: { id: true, number: true, content: true } } },
    });
    const latest = current.currentVersion!;
    if (options.baseVersionId && options.baseVersionId !== latest.id) {
      throw new ConflictError(
        `This document was changed since you started editing (now version ${latest.number}); reload to see it, then make your edit again.`,
      );
    }
    // Compare as nodes: jsonb does not keep key order, so the stored JSON text differs.
    if (documentSchema().nodeFromJSON(latest.content).eq(node)) {
      return { id: doc.id, versionId: latest.id, number: latest.number, changed: false };
    }
    const version = await tx.documentVersion.create({
      data: {
        documentId: doc.id,
        number: latest.number + 1,
        content: content as object,
        text,
        authorId: options.actor.id,
      },
      select: { id: true, number: true },
    });
    await tx.document.update({ where: { id: doc.id }, data: { currentVersionId: version.id } });
    await writeSearchVector(tx, doc.id, text);
    // Every note is re-anchored on the new text; open margins are rebuilt.
    await publishChange(tx, { type: 'document', documentId: doc.id });
    return { id: doc.id, versionId: version.id, number: version.number, changed: true };
  });
}
