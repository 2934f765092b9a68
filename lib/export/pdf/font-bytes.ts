import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PdfFace } from './font-face';

// Literal `new URL(…, import.meta.url)`s: Node reads the files where they are, in
// node_modules, and Next's server build copies them into its output as assets (a
// computed path, or require.resolve, would not survive bundling).
const FILES: Record<PdfFace, URL> = {
  serif: new URL('../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf', import.meta.url),
  serifBold: new URL(
    '../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf',
    import.meta.url,
  ),
  serifItalic: new URL(
    '../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf',
    import.meta.url,
  ),
  serifBoldItalic: new URL(
    '../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif-BoldItalic.ttf',
    import.meta.url,
  ),
  sans: new URL('../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', import.meta.url),
  sansBold: new URL(
    '../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
    import.meta.url,
  ),
  sansItalic: new URL(
    '../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
    import.meta.url,
  ),
  mono: new URL('../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf', import.meta.url),
};

const cache = new Map<PdfFace, Uint8Array>();

/**
 * The TrueType bytes of a face, read once, from the `dejavu-fonts-ttf` npm package (DejaVu
 * fonts licence, free to embed): never a system font, so every machine sets the same.
 */
export function fontBytes(face: PdfFace): Uint8Array {
  let bytes = cache.get(face);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(fileURLToPath(FILES[face])));
    cache.set(face, bytes);
  }
  return bytes;
}
