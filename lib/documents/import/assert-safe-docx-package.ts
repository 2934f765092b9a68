import type JSZip from 'jszip';
import { formatByteSize } from './format-byte-size';
import { ImportError } from './import-error';
import { readMarkup } from './read-markup';

const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
const UNZIP_FACTOR = 50;

/** Reads an entry until it ends or passes `budget` bytes, and returns how many it read. */
function inflatedSize(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= budget) return;
      // Stop inflating at once; later events of the dropped stream, errors included, are ignored.
      stream.pause();
      stream.removeAllListeners();
      stream.on('error', () => {});
      resolve(size);
    });
    stream.on('end', () => resolve(size));
    stream.on('error', reject);
  });
}

/**
 * Counts what the package really unzips to, stopping at the cap, rather than trusting
 * the sizes its headers declare, which a zip bomb can fake.
 */
async function unzippedSizeExceeds(zip: JSZip, cap: number): Promise<boolean> {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    total += await inflatedSize(entry, cap - total);
    if (total > cap) return true;
  }
  return false;
}

// A name that climbs out of the package or is rooted elsewhere: Word never writes one, and
// JSZip quietly resolves it (`../word/document.xml` reads as `word/document.xml`).
const UNSAFE_NAME = /(^|[\\/])\.\.([\\/]|$)|^[\\/]|^[a-z]:|\\|\0/i;

function hasUnsafeName(zip: JSZip): boolean {
  return Object.values(zip.files).some((entry) => {
    const original = entry.unsafeOriginalName ?? entry.name;
    return UNSAFE_NAME.test(original) || UNSAFE_NAME.test(entry.name);
  });
}

function externalTargets(rels: string): string[] {
  return readMarkup(rels, 'application/xml', (document) =>
    Array.from(document.getElementsByTagName('Relationship'))
      .filter((rel) => rel.getAttribute('TargetMode')?.toLowerCase() === 'external')
      .map((rel) => rel.getAttribute('Type') ?? '')
      .filter((type) => !type.endsWith('/hyperlink')),
  );
}

/**
 * Refuses a .docx that unzips to far more than the import limit (413), that holds entries
 * named outside the package such as `../x` (422), or that points at external files such
 * as linked images, templates or sub-documents (422); links to web pages are fine.
 */
export async function assertSafeDocxPackage(zip: JSZip, maxBytes: number): Promise<void> {
  if (hasUnsafeName(zip)) {
    throw new ImportError(
      422,
      'This Word document holds files named outside the document (such as ../), which Word never writes; open it in Word, save a new copy and import that.',
    );
  }
  const cap = Math.min(MAX_UNZIPPED_BYTES, UNZIP_FACTOR * maxBytes);
  let tooBig: boolean;
  try {
    tooBig = await unzippedSizeExceeds(zip, cap);
  } catch {
    throw new ImportError(
      422,
      'This Word document is damaged and cannot be unpacked; open it in Word, save a new copy and import that.',
    );
  }
  if (tooBig) {
    throw new ImportError(
      413,
      `This Word document unpacks to more than ${formatByteSize(cap)}, far beyond any real document; save a smaller copy and import that.`,
    );
  }
  for (const entry of zip.file(/\.rels$/i)) {
    if (externalTargets(await entry.async('string')).length) {
      throw new ImportError(
        422,
        'This Word document refers to files outside itself (such as linked images, a template or sub-documents), which Scholia does not fetch; embed or remove them in Word and import the saved copy.',
      );
    }
  }
}
