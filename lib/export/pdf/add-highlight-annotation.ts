import { PDFHexString, PDFString, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { Rgb } from './text-run';

/** A rectangle on a page: left, bottom, width, height. */
export interface QuadBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a highlight annotation says: who, what, when, and its colour. */
export interface HighlightAnnotation {
  boxes: readonly QuadBox[];
  color: Rgb;
  author: string;
  contents: string;
  name: string;
  created: Date;
  modified: Date;
}

// Print flag: the annotation prints with the page.
const PRINT = 4;

/**
 * Adds a /Highlight markup annotation to a page, so that Acrobat, Preview and pdf.js list
 * it with its author and text: one quad per line box in Acrobat's order (top left, top
 * right, bottom left, bottom right), /Rect around them all, and an empty appearance, since
 * the page content already paints the highlight (viewers would otherwise paint it twice).
 */
export function addHighlightAnnotation(
  pdf: PDFDocument,
  page: PDFPage,
  annotation: HighlightAnnotation,
): void {
  const { boxes } = annotation;
  const quads = boxes.flatMap((b) => {
    const top = b.y + b.height;
    const right = b.x + b.width;
    return [b.x, top, right, top, b.x, b.y, right, b.y];
  });
  const rect = [
    Math.min(...boxes.map((b) => b.x)),
    Math.min(...boxes.map((b) => b.y)),
    Math.max(...boxes.map((b) => b.x + b.width)),
    Math.max(...boxes.map((b) => b.y + b.height)),
  ];
  const context = pdf.context;
  // Acrobat and poppler redraw a highlight whose appearance has no ExtGState resource.
  const resources = { ExtGState: { GS0: { Type: 'ExtGState', BM: 'Multiply' } } };
  const appearance = context.register(
    context.formXObject([], { BBox: rect, Resources: resources }),
  );
  const dict = context.obj({
    Type: 'Annot',
    Subtype: 'Highlight',
    Rect: rect,
    QuadPoints: quads,
    C: [...annotation.color],
    T: PDFHexString.fromText(annotation.author),
    Contents: PDFHexString.fromText(annotation.contents),
    NM: PDFString.of(annotation.name),
    M: PDFString.fromDate(annotation.modified),
    CreationDate: PDFString.fromDate(annotation.created),
    F: PRINT,
    P: page.ref,
    Subj: PDFHexString.fromText('Highlight'),
    AP: { N: appearance },
  });
  page.node.addAnnot(context.register(dict));
}
