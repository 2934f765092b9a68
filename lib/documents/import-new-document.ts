import type { Actor } from '../authz/can';
import { ValidationError } from '../errors/app-error';
import { assertCanAddToCourse } from './assert-can-add-to-course';
import { createDocument } from './create-document';
import { documentTitleSchema } from './document-title-schema';
import { importDocument, type ImportInput } from './import/import-document';

function titleFromFilename(input: ImportInput): string | null {
  if (input.kind !== 'file') return null;
  const base = input.filename
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  return base || null;
}

/**
 * Imports text or a file as a new document owned by `actor`, optionally in a course.
 * Nothing is written unless the whole import succeeds. Given metadata overrides what
 * the file says.
 */
export async function importNewDocument(options: {
  actor: { id: string } & NonNullable<Actor>;
  input: ImportInput;
  title?: string | null;
  author?: string | null;
  sourceUrl?: string | null;
  courseId?: string | null;
}) {
  if (options.courseId) await assertCanAddToCourse(options.actor, options.courseId);
  const imported = await importDocument(options.input);
  const title = documentTitleSchema.safeParse(
    options.title || imported.title || titleFromFilename(options.input) || 'Untitled document',
  );
  if (!title.success) throw new ValidationError(title.error.issues[0]!.message);
  const created = await createDocument({
    ownerId: options.actor.id,
    courseId: options.courseId ?? null,
    title: title.data,
    author: options.author || imported.author,
    sourceUrl: options.sourceUrl || imported.sourceUrl,
    content: imported.content,
    text: imported.text,
  });
  return { ...created, format: imported.format };
}
