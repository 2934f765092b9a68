/** A reading prompt's highlight: uncoloured by the palette, a pale teal of its own. */
export const PROMPT_HIGHLIGHT = '#ccfbf1';
const CLAIM_HIGHLIGHT = '#fed7aa';
const DEFAULT_HIGHLIGHT = '#fef08a';

/**
 * The colour a note's passage is highlighted in, everywhere it is painted (the reader,
 * the PDF): prompts teal, then the colour its key has in the palette, then claims
 * orange and everything else yellow.
 */
export function highlightHex(note: {
  paletteColor: string | null | undefined;
  prompt: boolean;
  claim: boolean;
}): string {
  if (note.prompt) return PROMPT_HIGHLIGHT;
  return note.paletteColor ?? (note.claim ? CLAIM_HIGHLIGHT : DEFAULT_HIGHLIGHT);
}
