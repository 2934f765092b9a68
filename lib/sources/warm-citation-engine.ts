import { CITATION_STYLES } from './citation-styles';
import { formatCitation } from './format-citation';

/**
 * Formats one made-up entry in every style, so the citation engine's first build
 * (about a second of CPU: locale, styles) happens at start-up, not in a reader's request.
 */
export function warmCitationEngine(): void {
  for (const style of CITATION_STYLES)
    formatCitation(
      {
        id: `warm-up-${style.id}`,
        type: 'BOOK',
        title: 'Warm-up',
        authors: [{ family: 'Scholia' }],
        url: null,
        container: null,
        publisher: null,
        issued: '2026',
        pages: null,
        doi: null,
        isbn: null,
      },
      style.id,
    );
}
