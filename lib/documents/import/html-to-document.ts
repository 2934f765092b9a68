import { generateJSON } from '@tiptap/html/server';
import type { DocNode } from '../doc-node';
import { documentExtensions } from '../editor/document-extensions';
import { sanitizeImportHtml } from './sanitize-import-html';

/**
 * Parses untrusted HTML into editor JSON: sanitised first, then read through the document
 * schema, so only its nodes and marks (and only http(s)/mailto links) survive.
 */
export function htmlToDocument(html: string): DocNode {
  return generateJSON(sanitizeImportHtml(html), documentExtensions()) as DocNode;
}
