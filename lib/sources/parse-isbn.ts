/**
 * Normalises an ISBN-10 or ISBN-13 (hyphens and spaces allowed) to its digits, with a
 * final uppercase `X` allowed in ISBN-10; null if the shape or the check digit is wrong.
 */
export function parseIsbn(text: string): string | null {
  const isbn = text.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(isbn)) {
    // ISBN-10: weights 10 down to 1, X standing for 10, sum divisible by 11.
    const sum = [...isbn].reduce((s, c, i) => s + (c === 'X' ? 10 : Number(c)) * (10 - i), 0);
    return sum % 11 === 0 ? isbn : null;
  }
  if (/^97[89]\d{10}$/.test(isbn)) {
    // ISBN-13 (EAN-13 in the Bookland 978/979 range): weights alternate 1 and 3, sum divisible by 10.
    const sum = [...isbn].reduce((s, c, i) => s + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
    return sum % 10 === 0 ? isbn : null;
  }
  return null;
}
