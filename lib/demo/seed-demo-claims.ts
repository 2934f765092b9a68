import { createAnnotation } from '../annotations/create-annotation';
import { recordVerdict } from '../claims/record-verdict';
import { attachSource } from '../sources/attach-source';
import { attachSourceInput } from '../sources/source-input';

const quote = (exact: string) => ({
  selector: [{ type: 'TextQuoteSelector' as const, exact }],
});

/**
 * The demo's claims on the reading-room text: one a student flagged that waits in the
 * queue, and one the moderator backed with a source and marked supported. Written for
 * Scholia; the source is a real history of public libraries.
 */
export async function seedDemoClaims(options: {
  documentId: string;
  moderatorId: string;
  studentIds: [string, string];
}) {
  const [sam, alex] = options.studentIds;
  await createAnnotation({
    actor: { id: sam },
    documentId: options.documentId,
    input: {
      target: quote('did more for adult literacy than compulsory schooling did'),
      body: 'How could anyone measure this? Which city and decade?',
      tags: [],
    },
    claim: { reason: 'NEEDS_CITATION' },
  });
  const dated = await createAnnotation({
    actor: { id: alex },
    documentId: options.documentId,
    input: {
      target: quote('Libraries funded by philanthropists later opened reading rooms to anyone'),
      tags: [],
    },
    claim: { reason: 'NEEDS_CITATION' },
  });
  const { sourceId } = await attachSource({
    actor: { id: options.moderatorId },
    annotationId: dated.id,
    input: attachSourceInput.parse({
      relation: 'supports',
      source: {
        type: 'book',
        title: 'A New History of the English Public Library',
        authors: ['Black, Alistair'],
        publisher: 'Leicester University Press',
        issued: '1996',
      },
    }),
  });
  await recordVerdict({
    actor: { id: options.moderatorId },
    claimId: dated.id,
    input: {
      status: 'supported',
      note: 'Black traces how free, endowed libraries opened their reading rooms to all.',
      sourceIds: [sourceId],
    },
  });
}
