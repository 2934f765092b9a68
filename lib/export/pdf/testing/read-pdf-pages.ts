import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** A text item of a page as pdf.js reads it: its text, left edge, baseline, width, size, font. */
export interface PdfText {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

/** A highlight annotation as pdf.js reads it. */
export interface PdfHighlight {
  quadPoints: number[];
  rect: number[];
  color: number[];
  title: string;
  contents: string;
  overlaidText: string;
  creationDate: string | null;
  modificationDate: string | null;
}

/** One page of a PDF as pdf.js reads it. */
export interface PdfPage {
  /** Width and height in points. */
  size: [number, number];
  texts: PdfText[];
  highlights: PdfHighlight[];
  annotationCount: number;
  /** The page's text in content order, items joined as they come. */
  text: string;
}

/** Reads every page of a PDF with pdf.js (Node build, no worker, no system fonts). */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { items } = await page.getTextContent();
      const texts = items
        .filter((i): i is TextItem => 'str' in i)
        .map((i) => ({
          str: i.str,
          x: i.transform[4] as number,
          y: i.transform[5] as number,
          width: i.width,
          size: Math.hypot(i.transform[2] as number, i.transform[3] as number),
          font: i.fontName,
        }));
      const annotations = (await page.getAnnotations()) as Record<string, unknown>[];
      const highlights = annotations
        .filter((a) => a.subtype === 'Highlight')
        .map((a) => ({
          quadPoints: Array.from(a.quadPoints as ArrayLike<number>),
          rect: Array.from(a.rect as ArrayLike<number>),
          color: Array.from(a.color as ArrayLike<number>),
          title: (a.titleObj as { str: string }).str,
          contents: (a.contentsObj as { str: string }).str,
          overlaidText: String(a.overlaidText ?? ''),
          creationDate: (a.creationDate as string | null) ?? null,
          modificationDate: (a.modificationDate as string | null) ?? null,
        }));
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      pages.push({
        size: [x1 - x0, y1 - y0],
        texts,
        highlights,
        annotationCount: annotations.length,
        text: texts.map((t) => t.str + (t.str && !t.str.endsWith(' ') ? ' ' : '')).join(''),
      });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
