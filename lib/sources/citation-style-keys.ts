import { CITATION_STYLES, type CitationStyle } from './citation-styles';

/** The ids of `CITATION_STYLES`, as a tuple zod enums take. */
export const CITATION_STYLE_KEYS = CITATION_STYLES.map((s) => s.id) as [
  CitationStyle,
  ...CitationStyle[],
];
