/** One line of plain text, read for its role in the layout. */
export type TextLine =
  | { kind: 'blank' }
  | { kind: 'separator' }
  | { kind: 'bullet'; text: string; unambiguous: boolean }
  | { kind: 'ordered'; number: number; text: string }
  | { kind: 'plain'; text: string };

// Glyphs that only ever mean "bullet". A stray comma or semicolon before one (as left behind
// by copying from PDFs) is kept as text, so nothing is lost and the list goes on.
const GLYPH_BULLET = /^([,;]\s*)?[●•◦▪■‣]\s*(.*)$/;
// "-", "*" and "+" also start dashes, emphasis and sums, so they need a space and some words.
const ASCII_BULLET = /^[-*+]\s+(.*[\p{L}\p{N}].*)$/u;
// Up to three digits: "1953. The war" at the start of a wrapped line is a year, not an item.
const ORDERED = /^\(?(\d{1,3})[.)](?:\s+(.*))?$/;

/**
 * Classifies a line of plain text: blank, a post separator (whitespace that includes a
 * no-break space, as forum copies use), a bullet or numbered item, or plain text.
 */
export function classifyLine(line: string): TextLine {
  const text = line.trim();
  if (text === '') return line.includes('\u00A0') ? { kind: 'separator' } : { kind: 'blank' };
  const glyph = GLYPH_BULLET.exec(text);
  if (glyph) {
    const stray = glyph[1]?.trim();
    const rest = glyph[2] ?? '';
    return { kind: 'bullet', text: stray ? `${stray} ${rest}`.trim() : rest, unambiguous: true };
  }
  const ascii = ASCII_BULLET.exec(text);
  if (ascii) return { kind: 'bullet', text: ascii[1] ?? '', unambiguous: false };
  const ordered = ORDERED.exec(text);
  if (!ordered) return { kind: 'plain', text };
  return { kind: 'ordered', number: Number(ordered[1]), text: ordered[2] ?? '' };
}
