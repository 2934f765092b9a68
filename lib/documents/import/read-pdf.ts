import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ImportError } from './import-error';
import { pdfPageLines, type PdfLine } from './pdf-page-lines';

// A gap this many times the usual line spacing (or more) ends a paragraph.
const PARAGRAPH_GAP = 1.4;
// A page whose last line stops this far short of the page's widest line ends a paragraph.
const SHORT_LAST_LINE = 0.85;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The page's lines as plain text: one line each, with a blank line where spacing opens up. */
function pageText(lines: PdfLine[]): string {
  const spacings = lines.slice(1).map((line, i) => (lines[i]?.y ?? 0) - line.y);
  const usual = median(spacings.filter((gap) => gap > 0));
  return lines
    .map((line, i) => {
      const gap = i > 0 ? (lines[i - 1]?.y ?? 0) - line.y : 0;
      const opens = usual > 0 ? gap > usual * PARAGRAPH_GAP : gap > line.size * 1.8;
      return i > 0 && (opens || gap < 0) ? `\n${line.text}` : line.text;
    })
    .join('\n');
}

function infoString(info: unknown, key: 'Title' | 'Author'): string | null {
  const value = info && typeof info === 'object' ? (info as Record<string, unknown>)[key] : null;
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  return text || null;
}

function readFailure(error: unknown): ImportError {
  if (error instanceof Error && error.name === 'PasswordException') {
    return new ImportError(422, 'This PDF is password-protected; remove the password and import it again.');
  }
  return new ImportError(422, 'This PDF is damaged and cannot be read; export or save it again and import the new copy.');
}

/**
 * Extracts the text of a PDF as plain text (lines, with blank lines between paragraphs) and
 * the title and author of its info dictionary, with no worker, fonts, scripts or network.
 */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ text: string; title: string | null; author: string | null }> {
  const task = getDocument({
    // pdf.js may detach the buffer it is given, so it gets a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const { info } = await pdf.getMetadata();
    const parts: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const { items } = await page.getTextContent();
      const lines = pdfPageLines(items.filter((item): item is TextItem => 'str' in item));
      page.cleanup();
      if (!lines.length) continue;
      const widest = Math.max(...lines.map((line) => line.right));
      // Paragraphs often run on to the next page, unless the page's last line stops short.
      const last = lines[lines.length - 1];
      const ends = last && last.right < widest * SHORT_LAST_LINE;
      parts.push(pageText(lines), ends ? '\n\n' : '\n');
    }
    return { text: parts.join(''), title: infoString(info, 'Title'), author: infoString(info, 'Author') };
  } catch (error) {
    throw readFailure(error);
  } finally {
    await task.destroy();
  }
}
