import type { PaletteColor } from '@/lib/annotations/default-palette';
import { highlightHex } from '@/lib/annotations/highlight-hex';
import type { ExportNote } from '../load-export';
import type { Rgb } from './text-run';

/** A #rrggbb colour as RGB from 0 to 1. */
export function hexRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** The colour a note's passage is highlighted in (as the reader paints it), as RGB. */
export function highlightColor(note: ExportNote, palette: readonly PaletteColor[]): Rgb {
  return hexRgb(
    highlightHex({
      paletteColor: palette.find((p) => p.key === note.color)?.color,
      prompt: note.kind === 'prompt',
      claim: note.claim !== null,
    }),
  );
}
