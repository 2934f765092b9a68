import { Readable } from 'node:stream';
import { createInflate } from 'node:zlib';
import { formatByteSize } from './format-byte-size';
import { ImportError } from './import-error';

const MAX_DECODED_BYTES = 100 * 1024 * 1024;
const DECODE_FACTOR = 10;

/** One stream of the file: the raw bytes between `stream` and `endstream`, and its dictionary. */
interface RawStream {
  dictionary: string;
  data: Uint8Array;
}

// Streams are always direct objects, so every one is in the file's own bytes, whatever
// the cross-reference table (which a damaged file may lack) says.
function* rawStreams(bytes: Uint8Array): Generator<RawStream> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const start = /(?<!end)stream(\r\n|\n|\r)/g;
  let match: RegExpExecArray | null;
  while ((match = start.exec(text))) {
    const from = match.index + match[0].length;
    const to = text.indexOf('endstream', from);
    if (to < 0) return;
    yield {
      dictionary: text.slice(Math.max(0, text.lastIndexOf('obj', match.index)), match.index),
      data: bytes.subarray(from, to),
    };
    start.lastIndex = to;
  }
}

/** Inflates `data` through `layers` zlib decoders, stopping once it passes `budget`; answers the bytes it made. */
function inflatedSize(data: Uint8Array, layers: number, budget: number): Promise<number> {
  return new Promise((resolve) => {
    const inflaters = Array.from({ length: layers }, () => createInflate());
    const source = Readable.from([Buffer.from(data)]);
    const stages = [source, ...inflaters];
    let size = 0;
    const stop = () => {
      for (const stage of stages) stage.destroy();
      resolve(size);
    };
    for (let i = 0; i < inflaters.length; i++) {
      stages[i]!.pipe(inflaters[i]!);
      // A damaged stream ends where it breaks, as it does for the PDF reader.
      inflaters[i]!.on('error', stop);
    }
    const last = inflaters[inflaters.length - 1]!;
    last.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) stop();
    });
    last.on('end', () => resolve(size));
  });
}

/**
 * Refuses (413) a PDF whose compressed streams decode to far more than the import limit
 * (min(10 × the limit, 100 MB), counted while inflating), before the PDF reader holds any
 * of them in memory: a few hundred kilobytes of Flate can expand to gigabytes. Images are
 * not counted, since reading text never decodes them.
 */
export async function assertSafePdfStreams(bytes: Uint8Array, maxBytes: number): Promise<void> {
  const cap = Math.min(MAX_DECODED_BYTES, DECODE_FACTOR * maxBytes);
  let total = 0;
  for (const { dictionary, data } of rawStreams(bytes)) {
    if (/\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const layers = dictionary.match(/\/FlateDecode\b/g)?.length ?? 0;
    total += layers ? await inflatedSize(data, layers, cap - total) : data.length;
    if (total > cap) {
      throw new ImportError(
        413,
        `This PDF unpacks to more than ${formatByteSize(cap)}, far beyond any real document; save or print it to a new PDF and import that.`,
      );
    }
  }
}
