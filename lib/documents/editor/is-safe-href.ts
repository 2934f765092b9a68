/** Whether a link target is one a document or comment may hold: http(s) or mailto only. */
export function isSafeHref(href: string): boolean {
  return /^(https?:|mailto:)/i.test(href.trim());
}
