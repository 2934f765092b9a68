// Control characters other than tab, newline, carriage return, form feed and vertical tab.
const BINARY_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

function encodingOf(bytes: Uint8Array): { encoding: string; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return { encoding: 'utf-8', skip: 0 };
}

/**
 * Decodes bytes that hold text (UTF-8, or UTF-16 with a byte-order mark), or returns null
 * when they are binary: invalid in the encoding, holding a NUL, or full of control characters.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const { encoding, skip } = encodingOf(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    return null;
  }
  if (text.includes('\u0000')) return null;
  // Real text may carry a stray escape or DOS end-of-file mark, but never many of them.
  const controls = text.match(BINARY_CONTROL)?.length ?? 0;
  return controls > 8 && controls > text.length / 1000 ? null : text;
}
