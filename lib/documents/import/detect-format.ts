import JSZip from 'jszip';
import { decodeText } from './decode-text';
import { ImportError } from './import-error';

/** What a file turned out to be, with what its importer needs next. */
export type DetectedFormat =
  | { format: 'pdf' }
  | { format: 'docx'; zip: JSZip }
  | { format: 'txt' | 'md' | 'html'; text: string };

const TEXT_EXTENSIONS: Record<string, 'txt' | 'md' | 'html'> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

// Document formats people will try that we deliberately do not read, each named in the answer.
const UNSUPPORTED_DOCUMENTS = new Set(
  'doc dot docm dotx rtf odt ott pages epub mobi xls xlsx ods numbers ppt pptx odp key'.split(' '),
);

const SUPPORTED = 'plain text, Markdown, HTML, Word (.docx) or PDF';

function extensionOf(filename: string): string {
  const base = filename.split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

// Only at the very start: text about PDFs may well mention "%PDF-" in its first lines.
const isPdf = (bytes: Uint8Array) => startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

async function openZip(bytes: Uint8Array): Promise<JSZip | null> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
}

function unsupported(message: string): ImportError {
  return new ImportError(415, message);
}

async function detectDocx(bytes: Uint8Array): Promise<DetectedFormat> {
  if (!isZip(bytes)) {
    throw unsupported(
      'This file is named .docx but is not a Word document; save it again as .docx from Word.',
    );
  }
  const zip = await openZip(bytes);
  if (!zip || !zip.file('word/document.xml')) {
    throw new ImportError(
      422,
      'This Word document is damaged and cannot be opened; open it in Word, save a new copy and import that.',
    );
  }
  return { format: 'docx', zip };
}

function textFormatFromContent(text: string, mimeType: string | undefined): 'txt' | 'md' | 'html' {
  const mime = mimeType?.split(';')[0]?.trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/markdown' || mime === 'text/x-markdown') return 'md';
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) ? 'html' : 'txt';
}

/**
 * Decides what a file is from its content as well as its name: a PDF must start like one,
 * a .docx must be a zip with a Word body, and text must be valid text. A file whose name and
 * content disagree is refused rather than guessed at.
 */
export async function detectFormat(file: {
  filename: string;
  bytes: Uint8Array;
  mimeType?: string;
}): Promise<DetectedFormat> {
  const { bytes } = file;
  const extension = extensionOf(file.filename);
  if (extension === 'pdf') {
    if (isPdf(bytes)) return { format: 'pdf' };
    throw unsupported(
      'This file is named .pdf but is not a PDF; export it as a PDF again and import that.',
    );
  }
  if (extension === 'docx') return detectDocx(bytes);
  if (UNSUPPORTED_DOCUMENTS.has(extension)) {
    throw unsupported(
      `Scholia cannot import .${extension} files; save it as ${SUPPORTED} and try again.`,
    );
  }
  const textFormat = TEXT_EXTENSIONS[extension];
  const binary = isPdf(bytes) || isZip(bytes);
  const text = binary ? null : decodeText(bytes);
  if (textFormat) {
    if (text === null) {
      throw unsupported(
        `This file is named .${extension} but holds binary data, not text; give it its real extension or save it as ${SUPPORTED}, and try again.`,
      );
    }
    return { format: textFormat, text };
  }
  if (isPdf(bytes)) return { format: 'pdf' };
  if (isZip(bytes)) {
    const zip = await openZip(bytes);
    if (zip?.file('word/document.xml')) return { format: 'docx', zip };
  }
  if (text === null) {
    throw unsupported(
      `This file is not a document Scholia can read; save it as ${SUPPORTED} and try again.`,
    );
  }
  return { format: textFormatFromContent(text, file.mimeType), text };
}
