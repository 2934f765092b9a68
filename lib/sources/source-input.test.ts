import { describe, expect, it } from 'vitest';
import { attachSourceInput, sourceInput } from './source-input';

/** The message of the first problem, as the API reports it. */
function firstError(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues[0]?.message;
}

describe('sourceInput', () => {
  it('parses a full book and normalises its identifiers', () => {
    expect(
      sourceInput.parse({
        type: 'book',
        title: '  The structure of scientific revolutions ',
        authors: ['Kuhn, Thomas S.', 'University of Chicago'],
        url: 'https://press.uchicago.edu/ucp/books/book/chicago/S/bo13179781.html',
        publisher: 'University of Chicago Press',
        issued: '1962',
        pages: '',
        doi: 'https://doi.org/10.7208/CHICAGO/9780226458144.001.0001',
        isbn: '978-0-226-45808-3',
      }),
    ).toEqual({
      type: 'book',
      title: 'The structure of scientific revolutions',
      authors: [{ family: 'Kuhn', given: 'Thomas S.' }, { literal: 'University of Chicago' }],
      url: 'https://press.uchicago.edu/ucp/books/book/chicago/S/bo13179781.html',
      container: undefined,
      publisher: 'University of Chicago Press',
      issued: '1962',
      pages: undefined,
      doi: '10.7208/chicago/9780226458144.001.0001',
      isbn: '9780226458083',
    });
  });

  it('needs only a type and a title', () => {
    expect(sourceInput.parse({ type: 'other', title: 'Leaflet' })).toEqual({
      type: 'other',
      title: 'Leaflet',
      authors: [],
    });
  });

  it('treats "Family," as a single name and rejects a missing family name', () => {
    expect(sourceInput.parse({ type: 'book', title: 'T', authors: ['Plato,'] }).authors).toEqual([
      { literal: 'Plato' },
    ]);
    expect(
      firstError(sourceInput.safeParse({ type: 'book', title: 'T', authors: [', Ann'] })),
    ).toBe('Write each author as “Family, Given”, or as one name for an organisation.');
  });

  it.each([
    { input: { type: 'book' }, message: 'Give the source a title.' },
    { input: { type: 'book', title: '   ' }, message: 'Give the source a title.' },
    {
      input: { type: 'novel', title: 'T' },
      message: 'Choose a source type: web page, book, article, primary source, dataset or other.',
    },
    {
      input: { type: 'book', title: 'x'.repeat(501) },
      message: 'Keep the title under 500 characters.',
    },
    {
      input: { type: 'book', title: 'T', authors: Array(51).fill('Doe, J.') },
      message: 'List at most 50 authors; the styles shorten long lists anyway.',
    },
    {
      input: { type: 'book', title: 'T', authors: ['  '] },
      message: 'Remove the empty author name.',
    },
    {
      input: { type: 'web_page', title: 'T', url: 'javascript:alert(1)' },
      message: 'Enter the full web address, starting with http:// or https://.',
    },
    {
      input: { type: 'web_page', title: 'T', url: 'example.com/page' },
      message: 'Enter the full web address, starting with http:// or https://.',
    },
    {
      input: { type: 'book', title: 'T', issued: '2023-02-29' },
      message: 'That date does not exist; check the month and day.',
    },
    {
      input: { type: 'book', title: 'T', issued: 'May 2015' },
      message: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example 2015-05-28.',
    },
    {
      input: { type: 'book', title: 'T', pages: '1'.repeat(101) },
      message: 'Keep pages or location under 100 characters.',
    },
    {
      input: { type: 'article', title: 'T', doi: 'nature14539' },
      message: 'Enter a DOI such as 10.1038/nature14539, or a https://doi.org/ link.',
    },
    {
      input: { type: 'book', title: 'T', isbn: '978-0-226-45808-4' },
      message: 'That ISBN’s check digit is wrong; check the number.',
    },
    {
      input: { type: 'book', title: 'T', isbn: '0-226-45808-4' },
      message: 'That ISBN’s check digit is wrong; check the number.',
    },
    {
      input: { type: 'book', title: 'T', isbn: '12345' },
      message: 'Enter a 10-digit ISBN, or a 13-digit one starting 978 or 979.',
    },
  ])('says “$message”', ({ input, message }) => {
    expect(firstError(sourceInput.safeParse(input))).toBe(message);
  });

  it('accepts null for optional fields, as JSON clients send', () => {
    expect(sourceInput.parse({ type: 'dataset', title: 'T', url: null, isbn: null }).isbn).toBe(
      undefined,
    );
  });
});

describe('attachSourceInput', () => {
  it('reuses a library source, defaulting the relation to context', () => {
    expect(attachSourceInput.parse({ sourceId: 'src1', note: ' ' })).toEqual({
      sourceId: 'src1',
      relation: 'context',
      quotedPassage: undefined,
      note: undefined,
    });
  });

  it('accepts a new source with a relation and a quoted passage', () => {
    const parsed = attachSourceInput.parse({
      source: { type: 'article', title: 'Deep learning', doi: 'doi:10.1038/nature14539' },
      relation: 'refutes',
      quotedPassage: 'Deep learning allows computational models…',
    });
    expect(parsed).toMatchObject({ relation: 'refutes', source: { doi: '10.1038/nature14539' } });
    expect('sourceId' in parsed).toBe(false);
  });

  it('reports problems inside a new source with their own message', () => {
    const result = attachSourceInput.safeParse({ source: { type: 'book', title: '' } });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['source', 'title'],
      message: 'Give the source a title.',
    });
  });

  it.each([
    { input: {}, message: 'Choose a source from the library, or describe a new one.' },
    {
      input: { sourceId: 'src1', source: { type: 'book', title: 'T' } },
      message: 'Choose a library source or describe a new one, not both.',
    },
    {
      input: { sourceId: 'src1', relation: 'agrees' },
      message: 'Say whether the source supports, refutes or gives context to the note.',
    },
    {
      input: { sourceId: 'src1', quotedPassage: 'x'.repeat(2001) },
      message: 'Quote at most 2,000 characters from the source.',
    },
    {
      input: { sourceId: 'src1', note: 'x'.repeat(2001) },
      message: 'Keep the note on the source under 2,000 characters.',
    },
  ])('says “$message”', ({ input, message }) => {
    expect(firstError(attachSourceInput.safeParse(input))).toBe(message);
  });
});
