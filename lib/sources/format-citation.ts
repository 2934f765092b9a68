import type { CitationStyle } from './citation-styles';
import { renderBibliography } from './render-bibliography';
import { toCslItem, type CitableSource } from './to-csl-item';

/** One source's bibliography entry in a style, as plain text, for showing under a note. */
export function formatCitation(source: CitableSource, style: CitationStyle): string {
  return renderBibliography([toCslItem(source)], style, 'text');
}
