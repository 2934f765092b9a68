import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { DEFAULT_PALETTE } from '@/lib/annotations/default-palette';
import { addHighlightAnnotation } from './add-highlight-annotation';
import { annotationContents } from './annotation-contents';
import { fontBytes } from './font-bytes';
import type { PdfFace } from './font-face';
import { layoutExport, type PdfExportData } from './layout-export';
import type { PageModel } from './page-model';
import { paintPage } from './paint-page';

// Ligatures off: every character keeps its own glyph, so widths add up and text extracts;
// no positioning features either, as pdf-lib draws advance widths only.
const FEATURES = {
  liga: false,
  clig: false,
  dlig: false,
  rlig: false,
  calt: false,
  kern: false,
  mark: false,
  mkmk: false,
};

async function embedFaces(pdf: PDFDocument, pages: readonly PageModel[]) {
  const faces = new Set<PdfFace>(['sans']);
  for (const page of pages) for (const t of page.texts) faces.add(t.run.face);
  const fonts = new Map<PdfFace, PDFFont>();
  for (const face of faces) {
    fonts.set(face, await pdf.embedFont(fontBytes(face), { subset: true, features: FEATURES }));
  }
  return fonts;
}

/**
 * The annotated PDF of an export: the document typeset in a text column with its
 * highlights painted and numbered, the notes beside them in the margin (continued on
 * following pages when they do not fit), lost notes and the bibliography at the end, page
 * numbers, and every highlight also a real PDF highlight annotation with its note's text.
 */
export async function renderAnnotatedPdf(
  data: PdfExportData,
  options: { now?: Date } = {},
): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const layout = layoutExport(data, now);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(data.document.title, { showInWindowTitleBar: true });
  if (data.document.author) pdf.setAuthor(data.document.author);
  pdf.setSubject(`Annotated export: ${data.filters}`);
  pdf.setCreator('Scholia');
  pdf.setProducer('Scholia (pdf-lib)');
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const fonts = await embedFaces(pdf, layout.pages);
  const total = layout.pages.length;
  const [width] = layout.geometry.size;
  const pages = layout.pages.map((model, i) => {
    const page = pdf.addPage(layout.geometry.size);
    paintPage(page, model, fonts);
    const footer = `${i + 1} / ${total}`;
    const font = fonts.get('sans')!;
    const x = (width - font.widthOfTextAtSize(footer, 8)) / 2;
    page.drawText(footer, { x, y: layout.geometry.footer, size: 8, font });
    return page;
  });
  const palette = data.palette ?? DEFAULT_PALETTE;
  const indexOf = new Map(layout.pages.map((model, i) => [model, i]));
  for (const { note, color, boxes } of layout.highlights) {
    const contents = annotationContents(note, palette);
    // One annotation per page the passage spans, each with that page's boxes.
    const byPage = new Map<number, typeof boxes>();
    for (const b of boxes) {
      const i = indexOf.get(b.page)!;
      byPage.set(i, [...(byPage.get(i) ?? []), b]);
    }
    for (const [i, here] of byPage) {
      addHighlightAnnotation(pdf, pages[i]!, {
        boxes: here,
        color,
        author: note.author?.name ?? 'Deleted author',
        contents,
        name: `${note.id}-${i + 1}`,
        created: new Date(note.createdAt),
        modified: new Date(note.updatedAt),
      });
    }
  }
  return pdf.save();
}
