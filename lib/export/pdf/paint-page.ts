import { BlendMode, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PdfFace } from './font-face';
import { printableText } from './font-metrics';
import type { PageModel } from './page-model';
import type { Rgb } from './text-run';

const color = (c: Rgb) => rgb(c[0], c[1], c[2]);
const BLACK: Rgb = [0, 0, 0];

/**
 * Draws a laid-out page: highlight fills first, multiplied so that overlapping ones both
 * show and the text stays black, then rules and bars, then the text (characters a face
 * lacks drawn as "?") with its underlines and strike-throughs.
 */
export function paintPage(
  page: PDFPage,
  model: PageModel,
  fonts: ReadonlyMap<PdfFace, PDFFont>,
): void {
  for (const f of model.fills) {
    page.drawRectangle({
      x: f.x,
      y: f.y,
      width: f.width,
      height: f.height,
      color: color(f.color),
      blendMode: BlendMode.Multiply,
    });
  }
  for (const l of model.lines) {
    page.drawLine({
      start: { x: l.from[0], y: l.from[1] },
      end: { x: l.to[0], y: l.to[1] },
      thickness: l.thickness,
      color: color(l.color),
    });
  }
  for (const t of model.texts) {
    const { face, size, decoration } = t.run;
    const text = printableText(face, t.text);
    if (!text.trim()) continue;
    const ink = color(t.run.color ?? BLACK);
    page.drawText(text, { x: t.x, y: t.y, size, font: fonts.get(face)!, color: ink });
    if (decoration) {
      const y = t.y + (decoration === 'strike' ? size * 0.3 : -size * 0.12);
      page.drawLine({
        start: { x: t.x, y },
        end: { x: t.x + t.width, y },
        thickness: size * 0.06,
        color: ink,
      });
    }
  }
}
