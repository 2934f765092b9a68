import { deflateSync } from 'node:zlib';
import { deflateRepeated } from './build-zip-bomb';

/**
 * A one-page PDF whose page content (or, with `image`, an image XObject) is a Flate
 * stream that inflates to `mebibytes` MiB of spaces; with `layers` 2 it is compressed
 * twice (`/Filter [/FlateDecode /FlateDecode]`), so the file stays tiny for gigabytes.
 */
export function buildFlateBombPdf(
  mebibytes: number,
  options: { layers?: 1 | 2; image?: boolean } = {},
): Uint8Array<ArrayBuffer> {
  // A zlib header, raw deflate, and an Adler-32 left at zero: readers that stop at the
  // cap never reach it.
  let data: Buffer = Buffer.concat([
    Buffer.from([0x78, 0x9c]),
    deflateRepeated(mebibytes),
    Buffer.alloc(4),
  ]);
  if (options.layers === 2) data = deflateSync(data, { level: 9 });
  const filter = options.layers === 2 ? '[/FlateDecode /FlateDecode]' : '/FlateDecode';
  const bomb = options.image
    ? `/Type/XObject/Subtype/Image/Width 16384/Height ${mebibytes * 64}/ColorSpace/DeviceGray/BitsPerComponent 8`
    : '';
  const content = options.image
    ? '5 0 obj <</Length 31>> stream\nq 100 0 0 100 0 0 cm /Im1 Do Q\nendstream endobj\n'
    : '';
  const page = options.image
    ? '/Contents 5 0 R/Resources <</XObject <</Im1 4 0 R>>>>'
    : '/Contents 4 0 R';
  const head =
    '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n' +
    '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
    `3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]${page}>> endobj\n` +
    `4 0 obj <<${bomb}/Length ${data.length}/Filter ${filter}>> stream\n`;
  const tail = `\nendstream endobj\n${content}trailer <</Root 1 0 R>>\n%%EOF`;
  return new Uint8Array(Buffer.concat([Buffer.from(head), data, Buffer.from(tail)]));
}
