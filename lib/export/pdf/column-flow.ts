import type { LineFragment } from './break-lines';
import type { Column } from './page-geometry';
import type { PageModel } from './page-model';
import type { Paragraph } from './paragraph';
import { baselineDrop, lineSize, measureRun, setLines } from './set-lines';

/** Told of every fragment placed: its page, left edge and baseline. */
export type OnFragment = (page: PageModel, x: number, y: number, fragment: LineFragment) => void;

/** A column to set paragraphs into, top to bottom, taking a new page when one is full. */
export interface FlowFrame {
  column: Column;
  top: number;
  bottom: number;
  newPage: () => PageModel;
  onFragment?: OnFragment;
}

/**
 * Sets paragraphs down a column across pages: space before (not at a page's top) and
 * after, list markers in the indent, block-quote bars, rules, headings kept with the
 * next paragraph's first lines, and no paragraph's first line alone at a page's foot.
 * Starts on `page` at `y`; `page` and `y` always say where it has got to.
 */
export class ColumnFlow {
  page: PageModel;
  y: number;

  constructor(
    private readonly frame: FlowFrame,
    start: { page: PageModel; y: number },
  ) {
    this.page = start.page;
    this.y = start.y;
  }

  private breakPage() {
    this.page = this.frame.newPage();
    this.y = this.frame.top;
  }

  private room(): number {
    return this.y - this.frame.bottom;
  }

  /** Sets one paragraph; `next` is the one after it, for keeping a heading with it. */
  add(paragraph: Paragraph, next?: Paragraph): void {
    const { column } = this.frame;
    const before = this.y < this.frame.top ? (paragraph.spaceBefore ?? 0) : 0;
    if (paragraph.rule) {
      if (this.room() < before + paragraph.leading) this.breakPage();
      else this.y -= before;
      const y = this.y - paragraph.leading / 2;
      const x = column.x + (paragraph.indent ?? 0);
      this.page.lines.push({
        from: [x, y],
        to: [column.x + column.width, y],
        color: paragraph.rule,
        thickness: 0.6,
      });
      this.y -= paragraph.leading + (paragraph.spaceAfter ?? 0);
      this.page.lowest = Math.min(this.page.lowest, this.y);
      return;
    }
    const lines = setLines(paragraph, column.width);
    if (!lines.length) return;
    const leading = paragraph.leading;
    const keep =
      paragraph.keepWithNext && next
        ? lines.length * leading + (paragraph.spaceAfter ?? 0) + 2 * next.leading
        : Math.min(lines.length, 2) * leading;
    if (this.y < this.frame.top && this.room() < before + keep) this.breakPage();
    else this.y -= before;
    const indent = paragraph.indent ?? 0;
    lines.forEach((line, i) => {
      if (this.room() < leading) this.breakPage();
      const size = lineSize(line, paragraph.runs[0]?.size ?? leading);
      const baseline = this.y - baselineDrop(leading, size);
      const left = column.x + indent + (i > 0 ? (paragraph.hang ?? 0) : 0);
      if (i === 0 && paragraph.marker) {
        const marker = paragraph.marker;
        const width = measureRun(marker, marker.text);
        this.page.texts.push({
          x: left - width - marker.size * 0.45,
          y: baseline,
          text: marker.text,
          width,
          run: marker,
        });
      }
      for (const fragment of line.fragments) {
        const x = left + fragment.x;
        const y = baseline + (fragment.run.rise ?? 0);
        this.page.texts.push({
          x,
          y,
          text: fragment.text,
          width: fragment.width,
          run: fragment.run,
        });
        this.frame.onFragment?.(this.page, x, baseline, fragment);
      }
      for (const bar of paragraph.bars ?? []) {
        const x = column.x + bar;
        this.page.lines.push({
          from: [x, this.y],
          to: [x, this.y - leading],
          color: [0.75, 0.75, 0.78],
          thickness: 1.2,
        });
      }
      this.y -= leading;
      this.page.lowest = Math.min(this.page.lowest, this.y);
    });
    this.y -= paragraph.spaceAfter ?? 0;
  }
}
