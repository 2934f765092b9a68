import type JSZip from 'jszip';
import { readMarkup } from './read-markup';

function tidy(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** The title and author a .docx records in its core properties (docProps/core.xml), where set. */
export async function readDocxProperties(
  zip: JSZip,
): Promise<{ title: string | null; author: string | null }> {
  const core = zip.file('docProps/core.xml');
  if (!core) return { title: null, author: null };
  return readMarkup(await core.async('string'), 'application/xml', (document) => ({
    title: tidy(document.getElementsByTagName('dc:title')[0]?.textContent),
    author: tidy(document.getElementsByTagName('dc:creator')[0]?.textContent),
  }));
}
