import { readMarkup } from './read-markup';

/** The title, author and address an HTML page declares about itself, where it does. */
export interface HtmlMetadata {
  title: string | null;
  author: string | null;
  sourceUrl: string | null;
}

function tidy(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function webAddress(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || !URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * Reads `<title>`, `<meta name="author">` and the canonical address (`<link rel="canonical">`,
 * else `<meta property="og:url">`, http(s) only) from an HTML page.
 */
export function readHtmlMetadata(html: string): HtmlMetadata {
  return readMarkup(html, 'text/html', (document) => {
    const attribute = (selector: string, name: string) =>
      document.querySelector(selector)?.getAttribute(name);
    return {
      title: tidy(document.querySelector('title')?.textContent),
      author: tidy(attribute('meta[name="author" i]', 'content')),
      sourceUrl:
        webAddress(attribute('link[rel~="canonical" i]', 'href')) ??
        webAddress(attribute('meta[property="og:url" i]', 'content')),
    };
  });
}
