import { canonicalText } from '../documents/canonical-text';
import type { DocNode } from '../documents/doc-node';
import { stripUnsafeLinks } from '../documents/editor/strip-unsafe-links';
import { ValidationError } from '../errors/app-error';
import { commentSchema } from './editor/comment-schema';

const MAX_CHARS = 10_000;

function fromPlainText(text: string): DocNode {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    type: 'doc',
    content: paragraphs.map((p) => ({
      type: 'paragraph',
      content: p
        .split('\n')
        .flatMap((line, i) => [
          ...(i ? [{ type: 'hardBreak' }] : []),
          ...(line ? [{ type: 'text', text: line }] : []),
        ]),
    })),
  };
}

/**
 * A comment's stored form from what a client sent: plain text, or editor JSON checked
 * against the comment schema (the document's plus @mentions) with unsafe links removed. Comments are rendered as
 * nodes, never as HTML. Returns null for an empty comment.
 */
export function toCommentBody(input: unknown): { body: DocNode; bodyText: string } | null {
  if (input === undefined || input === null || input === '') return null;
  let doc: DocNode;
  if (typeof input === 'string') {
    doc = fromPlainText(input);
  } else {
    try {
      const node = commentSchema().nodeFromJSON(stripUnsafeLinks(input as DocNode));
      node.check();
      doc = node.toJSON() as DocNode;
    } catch {
      throw new ValidationError('The comment is not valid rich text; write it again.');
    }
  }
  const bodyText = canonicalText(doc);
  if (!bodyText.trim()) return null;
  if (bodyText.length > MAX_CHARS) {
    throw new ValidationError(
      `Keep a comment under ${MAX_CHARS.toLocaleString('en')} characters; split it into replies.`,
    );
  }
  return { body: doc, bodyText };
}
