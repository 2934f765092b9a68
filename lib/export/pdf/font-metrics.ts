import fontkit from '@pdf-lib/fontkit';
import { fontBytes } from './font-bytes';
import type { PdfFace } from './font-face';

interface FaceMetrics {
  covers: Set<number>;
  advances: Map<number, number>;
  font: fontkit.Font;
}

const faces = new Map<PdfFace, FaceMetrics>();

function metricsOf(face: PdfFace): FaceMetrics {
  let metrics = faces.get(face);
  if (!metrics) {
    const font = fontkit.create(fontBytes(face));
    metrics = { covers: new Set(font.characterSet), advances: new Map(), font };
    faces.set(face, metrics);
  }
  return metrics;
}

/** Whether a face has a glyph for a code point. */
export function faceCovers(face: PdfFace, codePoint: number): boolean {
  return metricsOf(face).covers.has(codePoint);
}

/**
 * The character a face draws for one character of text: itself if the face has it, a
 * space for white space, nothing for an invisible control or format character, else "?".
 */
export function printableChar(face: PdfFace, char: string): string {
  if (faceCovers(face, char.codePointAt(0)!)) return char;
  if (/\s/.test(char)) return ' ';
  return /[\p{Cc}\p{Cf}]/u.test(char) ? '' : '?';
}

/** A text as a face can draw it (see `printableChar`). */
export function printableText(face: PdfFace, text: string): string {
  let out = '';
  for (const char of text) out += printableChar(face, char);
  return out;
}

/**
 * The width of a text at a size, as pdf-lib will draw it: the sum of the glyphs' advance
 * widths (pdf-lib sets no kerning, and the faces are embedded without ligatures), with
 * each advance cached per face.
 */
export function textWidth(face: PdfFace, size: number, text: string): number {
  const { advances, font } = metricsOf(face);
  let units = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    let advance = advances.get(codePoint);
    if (advance === undefined) {
      const shown = printableChar(face, char);
      advance = shown
        ? font.glyphForCodePoint(shown.codePointAt(0)!).advanceWidth / font.unitsPerEm
        : 0;
      advances.set(codePoint, advance);
    }
    units += advance;
  }
  return units * size;
}
