import type { Actor } from '../authz/can';
import { getDb } from '../db/prisma';
import { NotFoundError } from '../errors/app-error';
import { diffTexts } from './diff-texts';
import { loadDocumentFor } from './load-document-for';

/** The word-level diff of version `number` against the one before it (against nothing for version 1). */
export async function diffDocumentVersions(actor: Actor, documentId: string, number: number) {
  await loadDocumentFor(actor, documentId, 'read');
  const versions = await getDb().documentVersion.findMany({
    where: { documentId, number: { in: [number - 1, number] } },
    select: { number: true, text: true },
  });
  const after = versions.find((v) => v.number === number);
  if (!after) throw new NotFoundError('That version of the document does not exist.');
  const before = versions.find((v) => v.number === number - 1);
  return diffTexts(before?.text ?? '', after.text);
}
