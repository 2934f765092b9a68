import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ImportError } from './import-error';
import { pdfLinesToText } from './pdf-lines-to-text';
import { pdfPageLines, type PdfLine } from './pdf-page-lines';

function infoString(info: unknown, key: 'Title' | 'Author'): string | null {
  const value = info && typeof info === 'object' ? (info as Record<string, unknown>)[key] : null;
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  return text || null;
}

function readFailure(error: unknown): ImportError {
  if (error instanceof Error && error.name === 'PasswordException') {
    return new ImportError(
      422,
      'This PDF is password-protected; remove the password and import it again.',
    );
  }
  return new ImportError(
    422,
    'This PDF is damaged and cannot be read; export or save it again and import the new copy.',
  );
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
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const { items } = await page.getTextContent();
      pages.push(pdfPageLines(items.filter((item): item is TextItem => 'str' in item)));
      page.cleanup();
    }
    const text = pdfLinesToText(pages);
    return { text, title: infoString(info, 'Title'), author: infoString(info, 'Author') };
  } catch (error) {
    throw readFailure(error);
  } finally {
    await task.destroy();
  }
}
