import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { CHICAGO_STYLE } from './chicago-style';
import type { CitationStyle } from './citation-styles';
import type { CslItem } from './csl-item';
import { MLA_STYLE } from './mla-style';
import { mlaPublisher } from './mla-publisher';

// plugin-csl bundles only APA; the registry is process-wide, so register ours once on load.
const styles = plugins.config.get('@csl').styles;
styles.add('mla', MLA_STYLE);
styles.add('chicago', CHICAGO_STYLE);

// citeproc reads "para. 4" as a paragraph number, labels it "para." and then prints the
// text again; a no-break space makes such a location opaque text, printed as written.
const LABELLED_LOCATION = /^((?!pp?\.)\p{L}+\.)\s+(?=\S)/u;

function prepare(item: CslItem, style: CitationStyle): CslItem {
  const prepared = { ...item };
  if (prepared.page) prepared.page = prepared.page.replace(LABELLED_LOCATION, '$1\u00a0');
  if (style === 'mla' && prepared.publisher) prepared.publisher = mlaPublisher(prepared.publisher);
  return prepared;
}

/** Renders CSL items as a bibliography in a style, sorted as that style sorts, as plain text or HTML. */
export function renderBibliography(
  items: readonly CslItem[],
  style: CitationStyle,
  format: 'text' | 'html',
): string {
  if (items.length === 0) return '';
  const cite = new Cite(items.map((item) => prepare(item, style)));
  // No hyperlinks: citeproc builds href attributes from unescaped field text.
  return cite.format('bibliography', { format, template: style, lang: 'en-US' }).trim();
}
