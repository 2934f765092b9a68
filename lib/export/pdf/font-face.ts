/**
 * The faces an annotated PDF is set in: DejaVu Serif for the document, DejaVu Sans for the
 * notes and the page furniture, DejaVu Sans Mono for code (see `fontBytes`).
 */
export const FONT_FACES = [
  'serif',
  'serifBold',
  'serifItalic',
  'serifBoldItalic',
  'sans',
  'sansBold',
  'sansItalic',
  'mono',
] as const;

/** One of the faces an annotated PDF uses. */
export type PdfFace = (typeof FONT_FACES)[number];

/** The face of a family with bold and italic applied; code is always mono. */
export function styledFace(
  family: 'serif' | 'sans',
  style: { bold?: boolean; italic?: boolean; code?: boolean },
): PdfFace {
  if (style.code) return 'mono';
  if (family === 'sans') return style.bold ? 'sansBold' : style.italic ? 'sansItalic' : 'sans';
  if (style.bold) return style.italic ? 'serifBoldItalic' : 'serifBold';
  return style.italic ? 'serifItalic' : 'serif';
}
