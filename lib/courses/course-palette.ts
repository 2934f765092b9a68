import { DEFAULT_PALETTE, type PaletteColor } from '../annotations/default-palette';
import { paletteSchema } from './palette-schema';

/** A course's stored highlight palette, or the defaults when it has none (or a broken one). */
export function coursePalette(stored: unknown): readonly PaletteColor[] {
  const custom = paletteSchema.safeParse(stored);
  return custom.success ? custom.data : DEFAULT_PALETTE;
}
