import type { ExportData, ExportNote } from '../load-export';
import { anchoredNotes } from './anchored-notes';
import { endParagraphs } from './end-paragraphs';
import { fullWidthFlow } from './full-width-flow';
import { highlightBoxes, type HighlightBox } from './highlight-boxes';
import { highlightColor } from './highlight-color';
import { layoutBody } from './layout-body';
import { noteParagraphs } from './note-paragraphs';
import { pageGeometry, type PageGeometry } from './page-geometry';
import type { PageModel } from './page-model';
import type { Paragraph } from './paragraph';
import { placeMarginNotes, type MarginNote } from './place-margin-notes';
import { sectionHeading } from './section-heading';
import type { Rgb } from './text-run';

/** What the PDF is made from: an export (with its course palette). */
export type PdfExportData = ExportData;

/** A highlighted passage: its note, colour and boxes on the pages it spans. */
export interface LaidHighlight {
  note: ExportNote;
  color: Rgb;
  boxes: HighlightBox[];
}

/** The whole export laid out, page by page, before anything is drawn. */
export interface ExportLayout {
  geometry: PageGeometry;
  pages: PageModel[];
  highlights: LaidHighlight[];
}

const flowAll = (flow: ReturnType<typeof fullWidthFlow>, paragraphs: readonly Paragraph[]) =>
  paragraphs.forEach((p, i) => flow.add(p, paragraphs[i + 1]));

/**
 * Lays the export out: the cover on page 1, the document in the text column with every
 * highlighted passage numbered, each page's notes stacked in its margin beside their
 * passages, the notes that do not fit continued full width below that page's text or on
 * pages inserted after it, then the notes whose passage was lost and the bibliography.
 */
export function layoutExport(data: PdfExportData, now: Date): ExportLayout {
  const geometry = pageGeometry(data.options.paper);
  const { palette } = data;
  const anchored = anchoredNotes(data);
  const body = layoutBody(data, anchored, geometry, now);
  // In a section, each note is set a little apart from the one before.
  const sectionNote = (note: ExportNote, label: string | null) =>
    noteParagraphs(note, { label, style: data.style, palette }).map((p, i) =>
      i === 0 ? { ...p, spaceBefore: 9 } : p,
    );

  const highlights = anchored.map((a) => ({
    ...a,
    color: highlightColor(a.note, palette),
    boxes: highlightBoxes(body.placed, a.start, a.end),
  }));
  const onPage = new Map<PageModel, (MarginNote & (typeof highlights)[number])[]>();
  for (const h of highlights) {
    const box = h.boxes[0];
    const home = box
      ? { page: box.page, y: box.y + box.height }
      : (body.markerAt.get(h.label) ?? { page: body.pages.at(-1)!, y: geometry.top });
    const paragraphs = noteParagraphs(h.note, { label: h.label, style: data.style, palette });
    const list = onPage.get(home.page) ?? [];
    list.push({ ...h, paragraphs, y: home.y });
    onPage.set(home.page, list);
    for (const b of h.boxes) {
      b.page.fills.push({ x: b.x, y: b.y, width: b.width, height: b.height, color: h.color });
    }
  }

  const pages: PageModel[] = [];
  for (const page of body.pages) {
    pages.push(page);
    const marginTop = page === body.pages[0] ? body.firstTop : geometry.top;
    const rest = placeMarginNotes(page, onPage.get(page) ?? [], geometry, marginTop);
    if (!rest.length) continue;
    flowAll(fullWidthFlow(pages, geometry), [
      sectionHeading(`Notes continued from page ${pages.length}`),
      ...rest.flatMap((h) => sectionNote(h.note, h.label)),
    ]);
  }
  const end = endParagraphs(data, (note) => sectionNote(note, null));
  if (end.length) flowAll(fullWidthFlow(pages, geometry), end);
  return {
    geometry,
    pages,
    highlights: highlights.map(({ note, color, boxes }) => ({ note, color, boxes })),
  };
}
