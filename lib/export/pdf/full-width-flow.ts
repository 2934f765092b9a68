import { ColumnFlow } from './column-flow';
import type { PageGeometry } from './page-geometry';
import { emptyPage, type PageModel } from './page-model';

// A full-width block starts below a page's content only if this much room is left there.
const MIN_ROOM = 96;

/**
 * A flow across the full width for a section after the last page in `pages`: below what
 * is on it if there is room, else on a new page; pages it adds are appended to `pages`.
 */
export function fullWidthFlow(pages: PageModel[], geometry: PageGeometry): ColumnFlow {
  const newPage = () => {
    const page = emptyPage(geometry.top);
    pages.push(page);
    return page;
  };
  const last = pages.at(-1)!;
  const y = last.lowest - 18;
  const start =
    y - geometry.bottom >= MIN_ROOM ? { page: last, y } : { page: newPage(), y: geometry.top };
  return new ColumnFlow(
    { top: geometry.top, bottom: geometry.bottom, column: geometry.full, newPage },
    start,
  );
}
