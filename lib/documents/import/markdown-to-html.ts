import { Marked } from 'marked';

// A private instance, so extensions another module adds to the shared `marked` cannot change imports.
const markdown = new Marked({ gfm: true });

/** Renders Markdown (GitHub flavour) to HTML; the result is untrusted and must be sanitised. */
export function markdownToHtml(source: string): string {
  return markdown.parse(source, { async: false });
}
