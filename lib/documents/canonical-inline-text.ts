/** The block types whose text makes up the canonical text. */
export const CANONICAL_TEXTBLOCKS: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'codeBlock',
]);

/**
 * What one inline node contributes to the canonical text: its text, a newline for a
 * hard break, "@Name" for a mention (comments only), nothing otherwise. Shared by
 * canonicalText and CanonicalPositions, which must agree character for character.
 */
export function canonicalInlineText(
  type: string,
  text: string | undefined,
  attrs?: Record<string, unknown>,
): string {
  if (type === 'text') return text ?? '';
  if (type === 'hardBreak') return '\n';
  if (type === 'mention') return `@${String(attrs?.label ?? attrs?.id ?? '')}`;
  return '';
}
