import { describe, expect, it } from 'vitest';
import { sourceDedupeKey } from './source-dedupe-key';

const title = 'Climate change and health';

describe('sourceDedupeKey', () => {
  it('keys by DOI first, whatever else differs', () => {
    const keys = [
      { doi: '10.1038/nature14539', title: 'Deep learning' },
      { doi: 'https://doi.org/10.1038/NATURE14539', title: 'Deep Learning (preprint)' },
      { doi: 'doi:10.1038/nature14539', isbn: '9780226458083', url: 'https://x.org', title },
    ].map(sourceDedupeKey);
    expect(new Set(keys)).toEqual(new Set(['doi:10.1038/nature14539']));
    expect(sourceDedupeKey({ doi: '10.1038/nature14540', title: 'Deep learning' })).not.toBe(
      keys[0],
    );
  });

  it('keys ISBN-10 and ISBN-13 of one book alike', () => {
    const keys = [
      { isbn: '0-226-45808-3', title: 'The structure of scientific revolutions' },
      { isbn: '978-0-226-45808-3', title: 'Structure of Scientific Revolutions' },
      { isbn: '9780226458083', url: 'https://example.com', title: 'Kuhn' },
    ].map(sourceDedupeKey);
    expect(new Set(keys)).toEqual(new Set(['isbn:9780226458083']));
    expect(sourceDedupeKey({ isbn: '080442957X', title: 'T' })).toBe('isbn:9780804429573');
    expect(sourceDedupeKey({ isbn: '9780226458106', title: 'T' })).not.toBe(keys[0]);
  });

  it('keys URL variants of one page alike', () => {
    const variants = [
      'https://www.who.int/news-room/fact-sheets/detail/climate-change?b=2&a=1',
      'HTTPS://WHO.INT:443/news-room/fact-sheets/detail/climate-change/?a=1&b=2',
      'https://who.int/news-room/fact-sheets/detail/climate-change?a=1&utm_source=x&b=2&fbclid=abc#top',
      'https://who.int/news-room/fact-sheets/detail/climate-change?utm_Medium=email&a=1&b=2',
    ];
    const keys = variants.map((url) => sourceDedupeKey({ url, title }));
    expect(new Set(keys)).toEqual(
      new Set([
        'url:https://who.int/news-room/fact-sheets/detail/climate-change?a=1&b=2|climate change and health',
      ]),
    );
  });

  it('keeps pages apart that differ in path, query, scheme or title', () => {
    const base = { url: 'https://who.int/page?id=1', title };
    const others = [
      { ...base, url: 'https://who.int/Page?id=1' },
      { ...base, url: 'https://who.int/page?id=2' },
      { ...base, url: 'http://who.int/page?id=1' },
      { ...base, url: 'https://who.int:8443/page?id=1' },
      { ...base, title: 'Climate change and wealth' },
    ];
    const keys = new Set([base, ...others].map(sourceDedupeKey));
    expect(keys.size).toBe(others.length + 1);
  });

  it('falls back to a title without case, accents or punctuation', () => {
    expect(sourceDedupeKey({ title: '  Les Misérables: A “Novel”! ' })).toBe(
      'title:les miserables a novel',
    );
    expect(sourceDedupeKey({ title: 'Les miserables — a novel' })).toBe(
      sourceDedupeKey({ title: 'LES MISÉRABLES: A NOVEL' }),
    );
    expect(sourceDedupeKey({ title: 'Don’t look up', url: '' })).toBe('title:dont look up');
    expect(sourceDedupeKey({ title: 'Les Misérables, volume 2' })).not.toBe(
      sourceDedupeKey({ title: 'Les Misérables' }),
    );
  });

  it('ignores an unusable ISBN and falls through to the next key', () => {
    expect(sourceDedupeKey({ isbn: '0-226-45808-4', title: 'T' })).toBe('title:t');
  });
});
