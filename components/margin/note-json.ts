import type { annotationJson } from '@/lib/annotations/annotation-json';

/** A note as the annotations API returns it. */
export type NoteJson = ReturnType<typeof annotationJson>;
