// Characters that make emphasis, code, links and images, HTML, entities, e-mail
// autolinks, tables or strikethrough. A link's "(" means nothing without its "]".
const INLINE = /[\\`*_[\]<>|~&@]/g;

/**
 * User text made safe to place in Markdown: it renders as the same words and nothing
 * else (no links, autolinks, HTML, images, emphasis, headings, quotes or lists). Lines
 * are kept; leading spaces, which would make a code block, are dropped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) =>
      line
        .trimStart()
        .replace(INLINE, '\\$&')
        // Bare web addresses become links in GFM; an escaped separator keeps them text.
        .replace(/:\/\//g, '\\://')
        .replace(/\b(www)\./gi, '$1\\.')
        // What makes a line a heading, list item or rule when it starts it.
        .replace(/^[#+=-]/, '\\$&')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}
