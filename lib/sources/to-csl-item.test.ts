import { describe, expect, it } from 'vitest';
import { toCslItem, type CitableSource } from './to-csl-item';

const blank: CitableSource = {
  id: 's1',
  type: 'OTHER',
  title: 'Untitled',
  authors: [],
  url: null,
  container: null,
  publisher: null,
  issued: null,
  pages: null,
  doi: null,
  isbn: null,
};

describe('toCslItem', () => {
  it('maps every field of a journal article', () => {
    expect(
      toCslItem({
        ...blank,
        type: 'ARTICLE',
        title: 'Deep learning',
        authors: [{ family: 'LeCun', given: 'Yann' }, { literal: 'Google Brain' }],
        url: 'https://www.nature.com/articles/nature14539',
        container: 'Nature',
        publisher: 'Nature Publishing Group',
        issued: '2015-05-28',
        pages: '436-444',
        doi: '10.1038/nature14539',
      }),
    ).toEqual({
      id: 's1',
      type: 'article-journal',
      title: 'Deep learning',
      author: [{ family: 'LeCun', given: 'Yann' }, { literal: 'Google Brain' }],
      issued: { 'date-parts': [[2015, 5, 28]] },
      'container-title': 'Nature',
      publisher: 'Nature Publishing Group',
      page: '436-444',
      DOI: '10.1038/nature14539',
      URL: 'https://www.nature.com/articles/nature14539',
    });
  });

  it.each([
    ['WEB_PAGE', 'webpage'],
    ['BOOK', 'book'],
    ['ARTICLE', 'article-journal'],
    ['PRIMARY_SOURCE', 'manuscript'],
    ['DATASET', 'dataset'],
    ['OTHER', 'document'],
  ] as const)('maps %s to the CSL type %s', (type, cslType) => {
    expect(toCslItem({ ...blank, type }).type).toBe(cslType);
  });

  it('leaves out empty fields', () => {
    expect(toCslItem({ ...blank, isbn: '9780226458083' })).toEqual({
      id: 's1',
      type: 'document',
      title: 'Untitled',
      ISBN: '9780226458083',
    });
  });

  it('turns year and month dates into date parts, and keeps unparseable ones literal', () => {
    expect(toCslItem({ ...blank, issued: '1962' }).issued).toEqual({ 'date-parts': [[1962]] });
    expect(toCslItem({ ...blank, issued: '2015-05' }).issued).toEqual({
      'date-parts': [[2015, 5]],
    });
    expect(toCslItem({ ...blank, issued: 'Spring 1850' }).issued).toEqual({
      literal: 'Spring 1850',
    });
  });

  it('drops malformed author JSON instead of failing', () => {
    const authors = [{ family: 'Kuhn' }, 'Kuhn, T.', { given: 'Thomas' }, null, { literal: '' }];
    expect(toCslItem({ ...blank, authors }).author).toEqual([{ family: 'Kuhn' }]);
    expect(toCslItem({ ...blank, authors: { family: 'Kuhn' } }).author).toBeUndefined();
  });
});
