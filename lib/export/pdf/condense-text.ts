/** A text on one line: every run of white space, line breaks included, one space. */
export function condenseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
