import sanitizeHtml from 'sanitize-html';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const MARKS = ['strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'ins', 'code', 'a', 'span'];
const BLOCKS = ['p', 'br', 'ul', 'ol', 'li', 'blockquote', 'hr', 'pre', 'div', 'dl', 'dd'];
// Sectioning elements are kept only as boundaries, so the words on either side of them stay
// apart; the editor schema unwraps them into paragraphs.
const BOUNDARIES = ['section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...HEADINGS, ...MARKS, ...BLOCKS, ...BOUNDARIES],
  // Dropped with everything inside them: code, styling, embedded content and forms.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'select',
    'noscript',
    'title',
    'template',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'form',
    'svg',
    'math',
  ],
  allowedAttributes: { a: ['href'], ol: ['start'], code: ['class'], span: ['style'] },
  allowedClasses: { code: ['language-*'] },
  // Only the styles the schema's marks read; everything else (expression(), url()) goes.
  allowedStyles: {
    span: {
      'font-weight': [/^(bold|[6-9]00)$/],
      'font-style': [/^italic$/],
      'text-decoration': [/^(underline|line-through)$/],
    },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  // The schema has no tables: cells, captions and terms become paragraphs so their words
  // do not run together, and the table elements around them go.
  transformTags: { td: 'p', th: 'p', caption: 'p', dt: 'p', figcaption: 'p' },
};

/**
 * Reduces untrusted HTML to the elements the editor schema can hold, dropping scripts,
 * styles, embedded content, forms, event handlers and any link that is not http(s) or mailto.
 */
export function sanitizeImportHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
