import { constants, deflateRawSync } from 'node:zlib';

/** One entry of a hand-built zip: raw deflate data and the size it claims to inflate to. */
interface ZipEntry {
  name: string;
  deflated: Uint8Array;
  size: number;
}

const MIB = 1024 * 1024;
// The end of a raw deflate stream: an empty final block with fixed codes.
const FINAL_BLOCK = Uint8Array.from([0x03, 0x00]);

/**
 * Raw deflate data that inflates to `mebibytes` MiB of `fill` while staying about a
 * thousand times smaller: one MiB compressed with a full flush (which resets the
 * dictionary, so the block can be repeated as is), repeated, then a final block.
 */
export function deflateRepeated(mebibytes: number, fill = ' '): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(MIB, fill), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  return Buffer.concat([...Array.from({ length: mebibytes }, () => block), FINAL_BLOCK]);
}

function header(fields: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((n, [, width]) => n + width, 0));
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value, at);
    at += width;
  }
  return buffer;
}

/**
 * A zip of deflated entries, written by hand so that an entry can claim any size and
 * hold a bomb. CRCs are zero: readers that honour the cap never reach the end to check.
 */
export function buildZip(entries: ZipEntry[]): Uint8Array<ArrayBuffer> {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const size = Math.min(entry.size, 0xffffffff);
    // version, flags, method (8 = deflate), time, date (1980-01-01), crc, sizes, name, extra
    const common: [number, 2 | 4][] = [
      [20, 2],
      [0x800, 2],
      [8, 2],
      [0, 2],
      [0x21, 2],
      [0, 4],
      [entry.deflated.length, 4],
      [size, 4],
      [name.length, 2],
      [0, 2],
    ];
    const head = Buffer.concat([header([[0x04034b50, 4], ...common]), name]);
    local.push(head, Buffer.from(entry.deflated));
    central.push(
      header([[0x02014b50, 4], [20, 2], ...common]),
      // comment length, disk, internal and external attributes, local header offset
      header([
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 4],
        [offset, 4],
      ]),
      name,
    );
    offset += head.length + entry.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

/**
 * A .docx-shaped zip bomb: a few MB whose `word/document.xml` claims, and really
 * inflates to, `mebibytes` MiB.
 */
export function buildZipBombDocx(mebibytes: number): Uint8Array<ArrayBuffer> {
  const xml = (text: string) => {
    const deflated = deflateRawSync(Buffer.from(text));
    return { deflated, size: Buffer.byteLength(text) };
  };
  return buildZip([
    {
      name: '[Content_Types].xml',
      ...xml(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    },
    { name: 'word/document.xml', deflated: deflateRepeated(mebibytes), size: mebibytes * MIB },
  ]);
}
