import type { ExportData, ExportNote } from '../load-export';
import { exportedPassage } from './exported-passage';
import { ANNO_CONTEXT, SCHOLIA_NS, userIri, webAnnotationIds } from './web-annotation-ids';

type Ids = ReturnType<typeof webAnnotationIds>;

const MOTIVATION: Record<string, string> = {
  highlight: 'highlighting',
  comment: 'commenting',
  claim: 'assessing',
  prompt: 'questioning',
};

function person(author: { id: string; name: string } | null) {
  return author ? { creator: { id: userIri(author.id), type: 'Person', name: author.name } } : {};
}

function textBody(value: string, purpose: string) {
  return { type: 'TextualBody', value, format: 'text/plain', purpose };
}

function noteAnnotation(note: ExportNote, data: ExportData, ids: Ids) {
  const motivation = MOTIVATION[note.kind] ?? 'commenting';
  const passage = exportedPassage(note, data.document.text);
  return {
    id: ids.note(note.id),
    type: 'Annotation',
    created: note.createdAt,
    modified: note.updatedAt,
    ...person(note.author),
    motivation,
    body: [
      ...(note.bodyText
        ? [textBody(note.bodyText, motivation === 'highlighting' ? 'commenting' : motivation)]
        : []),
      ...note.tags.map((tag) => textBody(tag, 'tagging')),
    ],
    target: {
      source: ids.document(data.document.id),
      selector: passage.position ? [passage.quote, passage.position] : [passage.quote],
    },
    'scholia:anchor': note.anchor.status,
    'scholia:visibility': note.visibility,
    ...(note.color ? { 'scholia:color': note.color } : {}),
    ...(note.claim
      ? { 'scholia:claim': { status: note.claim.status, reason: note.claim.reason } }
      : {}),
    ...(note.sources.length
      ? {
          'scholia:sources': note.sources.map((s) => ({
            citation: s.citations[data.style],
            relation: s.relation,
            ...(s.url ? { url: s.url } : {}),
            ...(s.doi ? { doi: s.doi } : {}),
          })),
        }
      : {}),
  };
}

function replyAnnotations(note: ExportNote, ids: Ids) {
  return note.replies.map((reply) => ({
    id: ids.reply(reply.id),
    type: 'Annotation',
    created: reply.createdAt,
    ...person(reply.author),
    motivation: 'replying',
    body: textBody(reply.bodyText, 'replying'),
    target: ids.note(note.id),
  }));
}

/**
 * An export as a W3C Web Annotation collection (JSON-LD): one Annotation per note, in
 * text order, each followed by its replies (motivation `replying`, targeting the note).
 * Targets carry a TextQuoteSelector and a TextPositionSelector over the exported text;
 * colour, visibility, claim, sources and anchor status are `scholia:` properties.
 */
export function toWebAnnotations(data: ExportData, origin: string) {
  const ids = webAnnotationIds(origin);
  const items = data.notes.flatMap((note) => [
    noteAnnotation(note, data, ids),
    ...replyAnnotations(note, ids),
  ]);
  return {
    '@context': [ANNO_CONTEXT, { scholia: SCHOLIA_NS }],
    id: ids.collection(data.document.id),
    type: 'AnnotationCollection',
    label: `Notes on “${data.document.title}” (${data.filters})`,
    total: items.length,
    generated: new Date().toISOString(),
    generator: { id: origin, type: 'Software', name: 'Scholia' },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
