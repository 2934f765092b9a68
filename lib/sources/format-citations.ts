import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CitationStyle } from './citation-styles';
import { formatRis } from './format-ris';
import { renderBibliography } from './render-bibliography';
import { toCslItem, type CitableSource } from './to-csl-item';

/** How to format a list of sources: the style for bibliographies, and the output format. */
export interface FormatCitationsOptions {
  style: CitationStyle;
  /** `text` and `html` are bibliographies in `style`; the others are exports that ignore it. */
  format: 'text' | 'html' | 'bibtex' | 'ris' | 'csl';
}

/** Formats sources as a bibliography sorted by the style, or exports them as BibTeX, RIS or CSL-JSON. */
export function formatCitations(
  sources: readonly CitableSource[],
  { style, format }: FormatCitationsOptions,
): string {
  const items = sources.map(toCslItem);
  switch (format) {
    case 'text':
    case 'html':
      return renderBibliography(items, style, format);
    case 'bibtex':
      return items.length === 0 ? '' : new Cite(items).format('bibtex').trim();
    case 'ris':
      return formatRis(items);
    case 'csl':
      return JSON.stringify(items, null, 2);
  }
}
