import { CITATION_STYLES, type CitationStyle } from './citation-styles';

/** The first of the given choices that is a known style (asked for, the user's, the course's), else APA. */
export function resolveCitationStyle(...choices: (string | null | undefined)[]): CitationStyle {
  const known = choices.find((c) => CITATION_STYLES.some((s) => s.id === c));
  return (known as CitationStyle | undefined) ?? 'apa';
}
