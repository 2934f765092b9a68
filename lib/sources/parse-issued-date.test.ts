import { describe, expect, it } from 'vitest';
import { parseIssuedDate } from './parse-issued-date';

describe('parseIssuedDate', () => {
  it.each(['1962', '2015-05', '2015-05-28', '2024-02-29', '1600-02-29', '0000-02-29', '0800'])(
    'accepts %j',
    (text) => {
      expect(parseIssuedDate(text)).toBe(text);
    },
  );

  it('trims surrounding space', () => {
    expect(parseIssuedDate(' 2015-05 ')).toBe('2015-05');
  });

  it.each([
    '',
    '15',
    '2015-5',
    '2015-05-1',
    '2015/05/28',
    '28 May 2015',
    '2015-00',
    '2015-13',
    '2015-04-31',
    '2023-02-29',
    '1900-02-29',
    '2015-05-00',
  ])('rejects %j', (text) => {
    expect(parseIssuedDate(text)).toBeNull();
  });
});
