import type { Selector } from './selector';

/** What an annotation stores about where it points: its selectors and the version they were made on. */
export interface StoredAnchor {
  versionId: string;
  selectors: readonly Selector[];
}

/** One version of a document: its id and its canonical text (see lib/documents/canonical-text.ts). */
export interface VersionText {
  versionId: string;
  text: string;
}
