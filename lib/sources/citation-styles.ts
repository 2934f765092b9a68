/** The citation styles Scholia formats in, with their labels; free of citeproc so client code can import it. */
export const CITATION_STYLES = [
  { id: 'apa', label: 'APA 7th' },
  { id: 'mla', label: 'MLA 9th' },
  { id: 'chicago', label: 'Chicago author-date' },
] as const;

/** The id of one of `CITATION_STYLES`. */
export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];
