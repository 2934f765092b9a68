import type { annotationJson } from '@/lib/annotations/annotation-json';

type Saved = ReturnType<typeof annotationJson>;

/**
 * A note as the annotations API returns it; `pending` marks one of the reader's own
 * that the server has not confirmed yet (saving, or waiting to retry while offline or
 * while the server asks to be tried later),
 * and likewise a reply still being sent.
 */
export type NoteJson = Omit<Saved, 'replies'> & {
  pending?: 'saving' | 'offline' | 'unavailable';
  replies: (Saved['replies'][number] & { pending?: boolean })[];
};
