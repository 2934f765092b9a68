import { describe, expect, it } from 'vitest';
import { parseIsbn } from './parse-isbn';

describe('parseIsbn', () => {
  it.each([
    ['978-0-226-45808-3', '9780226458083'],
    ['978 0 226 45808 3', '9780226458083'],
    ['0-226-45808-3', '0226458083'],
    ['0-8044-2957-x', '080442957X'],
    ['979-10-90636-07-1', '9791090636071'],
  ])('normalises %j to %j', (text, digits) => {
    expect(parseIsbn(text)).toBe(digits);
  });

  it.each([
    ['a wrong ISBN-13 check digit', '978-0-226-45808-4'],
    ['a wrong ISBN-10 check digit', '0-226-45808-4'],
    ['X outside the last place', '0-226-4580X-3'],
    ['a 13-digit number outside 978/979', '1234567890128'],
    ['too few digits', '0-226-4580'],
    ['letters', 'ISBN 0226458083'],
  ])('rejects %s', (_, text) => {
    expect(parseIsbn(text)).toBeNull();
  });
});
