import { describe, expect, it } from 'vitest';
import { formatRis } from './format-ris';

describe('formatRis', () => {
  it('keeps long values on one line', () => {
    const url = `https://example.com/${'a'.repeat(120)}`;
    const title = `A title ${'long '.repeat(30)}`.trim();
    const ris = formatRis([{ id: 'x', type: 'webpage', title, URL: url }]);
    expect(ris.split('\n')).toEqual([
      'TY  - ELEC',
      'ID  - x',
      `TI  - ${title}`,
      `UR  - ${url}`,
      'ER  - ',
    ]);
  });

  it('separates records with a blank line and flattens line breaks', () => {
    const ris = formatRis([
      { id: 'a', type: 'book', title: 'One\ntwo' },
      { id: 'b', type: 'dataset', title: 'Three' },
    ]);
    expect(ris).toBe(
      [
        'TY  - BOOK',
        'ID  - a',
        'TI  - One two',
        'ER  - ',
        '',
        'TY  - DATA',
        'ID  - b',
        'TI  - Three',
        'ER  - ',
      ].join('\n'),
    );
  });
});
