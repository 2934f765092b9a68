import { createAnnotation } from '../annotations/create-annotation';
import { paragraphDoc } from './make-course';

/** For tests: `actorId` writes a course-visible note saying `text` on `exact` in a document. */
export function postCourseNote(actorId: string, documentId: string, exact: string, text: string) {
  return createAnnotation({
    actor: { id: actorId },
    documentId,
    input: {
      target: { selector: [{ type: 'TextQuoteSelector', exact }] },
      body: paragraphDoc(text),
      visibility: 'course',
      tags: [],
    },
  });
}
