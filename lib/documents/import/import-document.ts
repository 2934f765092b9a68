import { canonicalText } from '../canonical-text';
import type { DocNode } from '../doc-node';
import { assertSafeDocxPackage } from './assert-safe-docx-package';
import { assertSafePdfStreams } from './assert-safe-pdf-streams';
import { detectFormat } from './detect-format';
import { documentTitle } from './document-title';
import { docxToDocument } from './docx-to-document';
import { formatByteSize } from './format-byte-size';
import { htmlToDocument } from './html-to-document';
import { ImportError } from './import-error';
import { markdownToHtml } from './markdown-to-html';
import { maxImportBytes } from './max-import-bytes';
import { readDocxProperties } from './read-docx-properties';
import { readHtmlMetadata } from './read-html-metadata';
import { readPdf } from './read-pdf';
import { textToDocument } from './text-to-document';

/** What to import: an uploaded file, or text pasted as plain text, Markdown or HTML. */
export type ImportInput =
  | { kind: 'file'; filename: string; bytes: Uint8Array; mimeType?: string }
  | { kind: 'text'; text: string }
  | { kind: 'markdown'; markdown: string }
  | { kind: 'html'; html: string };

/** An imported document: editor JSON, its canonical text, and what it says about itself. */
export interface ImportedDocument {
  format: 'txt' | 'md' | 'html' | 'docx' | 'pdf';
  title: string | null;
  author: string | null;
  sourceUrl: string | null;
  content: DocNode;
  text: string;
}

type Converted = Omit<ImportedDocument, 'text'>;

const NO_METADATA = { title: null, author: null, sourceUrl: null };

function fromText(format: 'txt' | 'md' | 'html', source: string): Converted {
  if (format === 'txt') {
    const content = textToDocument(source);
    return { ...NO_METADATA, format, content, title: documentTitle(content, 'firstLine') };
  }
  const html = format === 'md' ? markdownToHtml(source) : source;
  const content = htmlToDocument(html);
  const metadata = format === 'html' ? readHtmlMetadata(source) : NO_METADATA;
  return {
    ...metadata,
    format,
    content,
    title: metadata.title ?? documentTitle(content, 'heading'),
  };
}

async function fromFile(
  file: Extract<ImportInput, { kind: 'file' }>,
  maxBytes: number,
): Promise<Converted> {
  const detected = await detectFormat(file);
  if (detected.format === 'pdf') {
    await assertSafePdfStreams(file.bytes, maxBytes);
    const pdf = await readPdf(file.bytes);
    if (!pdf.text.trim()) {
      throw new ImportError(
        422,
        'This PDF has no text layer (it looks scanned); run it through OCR or import a text version.',
      );
    }
    const content = textToDocument(pdf.text);
    const title = pdf.title ?? documentTitle(content, 'firstLine');
    return { format: 'pdf', content, title, author: pdf.author, sourceUrl: null };
  }
  if (detected.format === 'docx') {
    await assertSafeDocxPackage(detected.zip, maxBytes);
    const [content, properties] = await Promise.all([
      docxToDocument(file.bytes),
      readDocxProperties(detected.zip),
    ]);
    const title = properties.title ?? documentTitle(content, 'heading');
    return { format: 'docx', content, title, author: properties.author, sourceUrl: null };
  }
  if (!detected.text.trim()) {
    throw new ImportError(
      400,
      'This file has only blank space in it; choose a file with some text in it.',
    );
  }
  return fromText(detected.format, detected.text);
}

function pasted(input: Exclude<ImportInput, { kind: 'file' }>): {
  format: 'txt' | 'md' | 'html';
  source: string;
} {
  if (input.kind === 'text') return { format: 'txt', source: input.text };
  if (input.kind === 'markdown') return { format: 'md', source: input.markdown };
  return { format: 'html', source: input.html };
}

function tooLarge(size: number, maxBytes: number, what: string): ImportError {
  return new ImportError(
    413,
    `This ${what} is ${formatByteSize(size)}, over the ${formatByteSize(maxBytes)} import limit; split it into smaller parts and import them one by one.`,
  );
}

/**
 * Imports a file or pasted text as a document in the editor schema, with its canonical
 * text. Anything the user must fix (empty, too large, unsupported, damaged) is an
 * ImportError whose message says what to do.
 */
export async function importDocument(
  input: ImportInput,
  options: { maxBytes?: number } = {},
): Promise<ImportedDocument> {
  const maxBytes = options.maxBytes ?? maxImportBytes();
  let converted: Converted;
  if (input.kind === 'file') {
    if (input.bytes.byteLength === 0) {
      throw new ImportError(400, 'This file is empty; choose a file with some text in it.');
    }
    if (input.bytes.byteLength > maxBytes) throw tooLarge(input.bytes.byteLength, maxBytes, 'file');
    converted = await fromFile(input, maxBytes);
  } else {
    const { format, source } = pasted(input);
    const size = Buffer.byteLength(source, 'utf8');
    if (size > maxBytes) throw tooLarge(size, maxBytes, 'text');
    if (!source.trim())
      throw new ImportError(400, 'There is no text to import; paste or type some text first.');
    converted = fromText(format, source);
  }
  const text = canonicalText(converted.content);
  if (!text.trim()) {
    throw new ImportError(
      400,
      'This document has no readable text in it; choose a document with some text, not only images or code.',
    );
  }
  return { ...converted, text };
}
