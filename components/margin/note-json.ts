import type { annotationJson } from '@/lib/annotations/annotation-json';

/**
 * A note as the annotations API returns it; `pending` marks one of the reader's own
 * that the server has not confirmed yet (saving, or waiting to retry while offline).
 */
export type NoteJson = ReturnType<typeof annotationJson> & { pending?: 'saving' | 'offline' };
