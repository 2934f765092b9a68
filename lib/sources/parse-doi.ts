const DOI_PREFIX = /^(?:doi:\s*|https?:\/\/(?:dx\.|www\.)?doi\.org\/)/i;
// A directory indicator "10.", a registrant code (optionally subdivided), a slash and a suffix.
const BARE_DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

/** Normalises a DOI written bare, as `doi:…` or as a doi.org link to lowercase `10.xxxx/suffix`; null if it is not one. */
export function parseDoi(text: string): string | null {
  let doi = text.trim().replace(DOI_PREFIX, '');
  if (doi !== text.trim()) {
    // Links carry the suffix percent-encoded; a malformed escape means it was never a DOI link.
    try {
      doi = decodeURIComponent(doi);
    } catch {
      return null;
    }
  }
  // DOIs are case-insensitive, so one spelling lets duplicates be found.
  doi = doi.toLowerCase();
  return BARE_DOI.test(doi) ? doi : null;
}
