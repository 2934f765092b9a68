import type { CslName } from './csl-name';

/** The subset of a CSL-JSON item that Scholia sources produce. */
export interface CslItem {
  id: string;
  type: 'book' | 'article-journal' | 'webpage' | 'manuscript' | 'dataset' | 'document';
  title: string;
  author?: CslName[];
  issued?:
    | { 'date-parts': [[number] | [number, number] | [number, number, number]] }
    | { literal: string };
  'container-title'?: string;
  publisher?: string;
  page?: string;
  DOI?: string;
  ISBN?: string;
  URL?: string;
}
