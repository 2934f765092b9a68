import { describeRange } from '../../anchoring/describe-range';
import type { TextPositionSelector, TextQuoteSelector } from '../../anchoring/selector';
import type { ExportNote } from '../load-export';

/** Where an exported note's passage is in the exported text, or its last known quote if lost. */
export type ExportedPassage =
  | { found: true; quote: TextQuoteSelector; position: TextPositionSelector }
  | { found: false; quote: TextQuoteSelector; position: null };

/**
 * The passage of a note in the text being exported (the current version): selectors
 * rebuilt from the resolved anchor, so they fit that text; for a note whose passage is
 * lost (an orphan), the quote it was made on, without a position.
 */
export function exportedPassage(note: ExportNote, text: string): ExportedPassage {
  const { start, end } = note.anchor;
  if (start !== null && end !== null) {
    const [quote, position] = describeRange(text, start, end);
    return { found: true, quote, position };
  }
  const stored = note.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: stored?.exact ?? '',
    prefix: stored?.prefix ?? '',
    suffix: stored?.suffix ?? '',
  };
  return { found: false, quote, position: null };
}
