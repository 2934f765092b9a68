import mammoth from 'mammoth';
import type { DocNode } from '../doc-node';
import { htmlToDocument } from './html-to-document';
import { ImportError } from './import-error';

// Word's own title and quote styles, which mammoth's default map leaves as plain paragraphs.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

// The schema has no images; skipping them also spares reading their bytes.
const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Converts the body of a .docx to editor JSON through mammoth's HTML, never reading outside files. */
export async function docxToDocument(bytes: Uint8Array): Promise<DocNode> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { externalFileAccess: false, styleMap: STYLE_MAP, convertImage: SKIP_IMAGES },
    );
    html = result.value;
  } catch {
    throw new ImportError(
      422,
      'This Word document is damaged and cannot be read; open it in Word, save a new copy and import that.',
    );
  }
  return htmlToDocument(html);
}
