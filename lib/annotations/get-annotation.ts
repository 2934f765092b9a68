import type { Actor } from '../authz/can';
import { NotFoundError } from '../errors/app-error';
import { listAnnotations } from './list-annotations';
import { loadAnnotationFor } from './load-annotation-for';

/** One note as listAnnotations shows it, if the actor may see it; NotFoundError otherwise. */
export async function getAnnotation(actor: Actor & { id: string }, annotationId: string) {
  const { documentId } = await loadAnnotationFor(actor, annotationId, 'read');
  const [note] = await listAnnotations(actor, documentId, { ids: [annotationId] });
  if (!note) throw new NotFoundError('That note was deleted.');
  return note;
}
