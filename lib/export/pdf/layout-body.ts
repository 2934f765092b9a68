import type { ExportData } from '../load-export';
import type { AnchoredNote } from './anchored-notes';
import { ColumnFlow } from './column-flow';
import { coverParagraphs } from './cover-paragraphs';
import { docParagraphs } from './doc-paragraphs';
import type { PlacedFragment } from './highlight-boxes';
import { noteMarkers } from './note-markers';
import type { PageGeometry } from './page-geometry';
import { emptyPage, type PageModel } from './page-model';
import type { Rgb } from './text-run';

const INK: Rgb = [0.08, 0.08, 0.1];
const SIZE = 10.2;

/** The document set in the text column, with what is needed to find its characters again. */
export interface BodyLayout {
  pages: PageModel[];
  /** Where the text (and the margin) starts on page 1, below the cover. */
  firstTop: number;
  /** The document's text fragments as placed, in canonical-text order. */
  placed: PlacedFragment[];
  /** Where each note's number was set: page and the top of its line. */
  markerAt: Map<string, { page: PageModel; y: number }>;
}

/** Sets the cover on page 1 and the document below it, in the text column, across pages. */
export function layoutBody(
  data: ExportData,
  anchored: readonly AnchoredNote[],
  geometry: PageGeometry,
  now: Date,
): BodyLayout {
  const pages: PageModel[] = [];
  const newPage = () => {
    const page = emptyPage(geometry.top);
    pages.push(page);
    return page;
  };
  const first = newPage();
  const frame = { top: geometry.top, bottom: geometry.bottom, newPage };
  const cover = new ColumnFlow({ ...frame, column: geometry.full }, { page: first, y: frame.top });
  for (const p of coverParagraphs(data, now)) cover.add(p);
  const ruleY = cover.y - 8;
  const { x, width } = geometry.full;
  first.lines.push({
    from: [x, ruleY],
    to: [x + width, ruleY],
    color: [0.6, 0.6, 0.62],
    thickness: 0.8,
  });
  const firstTop = ruleY - 12;

  const placed: PlacedFragment[] = [];
  const markerAt = new Map<string, { page: PageModel; y: number }>();
  const body = new ColumnFlow(
    {
      ...frame,
      column: geometry.text,
      onFragment: (page, fx, y, fragment) => {
        if (fragment.run.start !== undefined) placed.push({ page, x: fx, y, fragment });
        for (const label of fragment.run.ref?.split(',') ?? []) {
          markerAt.set(label, { page, y: y + SIZE });
        }
      },
    },
    { page: first, y: firstTop },
  );
  const paragraphs = docParagraphs(data.document.content, {
    family: 'serif',
    size: SIZE,
    color: INK,
    offsets: true,
    markers: noteMarkers(anchored, data.document.text),
  });
  if (!paragraphs.length) {
    const text = 'This document has no text.';
    paragraphs.push({
      runs: [{ text, face: 'serifItalic', size: SIZE, color: INK }],
      leading: SIZE * 1.42,
    });
  }
  paragraphs.forEach((p, i) => body.add(p, paragraphs[i + 1]));
  return { pages, firstTop, placed, markerAt };
}
