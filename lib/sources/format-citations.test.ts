import { describe, expect, it } from 'vitest';
import { formatCitations } from './format-citations';
import type { CitableSource } from './to-csl-item';

const blank = {
  authors: [],
  url: null,
  container: null,
  publisher: null,
  issued: null,
  pages: null,
  doi: null,
  isbn: null,
};

const book: CitableSource = {
  ...blank,
  id: 'kuhn',
  type: 'BOOK',
  title: 'The structure of scientific revolutions',
  authors: [{ family: 'Kuhn', given: 'Thomas S.' }],
  publisher: 'University of Chicago Press',
  issued: '1962',
  isbn: '9780226458083',
};

const articleAuthors = [
  { family: 'LeCun', given: 'Yann' },
  { family: 'Bengio', given: 'Yoshua' },
  { family: 'Hinton', given: 'Geoffrey' },
];

const article: CitableSource = {
  ...blank,
  id: 'lecun',
  type: 'ARTICLE',
  title: 'Deep learning',
  authors: articleAuthors,
  container: 'Nature',
  issued: '2015-05-28',
  pages: '436-444',
  doi: '10.1038/nature14539',
};

const webPage: CitableSource = {
  ...blank,
  id: 'shaftel',
  type: 'WEB_PAGE',
  title: 'Evidence: How do we know climate change is real?',
  authors: [{ family: 'Shaftel', given: 'Holly' }],
  container: 'NASA Science',
  issued: '2024-10-23',
  url: 'https://science.nasa.gov/climate-change/evidence/',
};

// Out of alphabetical order, so the tests also show each style sorting its list.
const sources = [webPage, article, book];

describe('formatCitations', () => {
  it('formats APA 7th references', () => {
    expect(formatCitations(sources, { style: 'apa', format: 'text' }).split('\n')).toEqual([
      'Kuhn, T. S. (1962). The structure of scientific revolutions. University of Chicago Press.',
      'LeCun, Y., Bengio, Y., & Hinton, G. (2015). Deep learning. Nature, 436–444. https://doi.org/10.1038/nature14539',
      'Shaftel, H. (2024, October 23). Evidence: How do we know climate change is real? NASA Science. https://science.nasa.gov/climate-change/evidence/',
    ]);
  });

  it('formats an MLA 9th works-cited list', () => {
    expect(formatCitations(sources, { style: 'mla', format: 'text' }).split('\n')).toEqual([
      'Kuhn, Thomas S. The Structure of Scientific Revolutions. U of Chicago P, 1962.',
      'LeCun, Yann, et al. “Deep Learning.” Nature, 28 May 2015, pp. 436–44, https://doi.org/10.1038/nature14539.',
      'Shaftel, Holly. “Evidence: How Do We Know Climate Change Is Real?” NASA Science, 23 Oct. 2024, https://science.nasa.gov/climate-change/evidence/.',
    ]);
  });

  it('formats a Chicago author-date reference list', () => {
    expect(formatCitations(sources, { style: 'chicago', format: 'text' }).split('\n')).toEqual([
      'Kuhn, Thomas S. 1962. The Structure of Scientific Revolutions. University of Chicago Press.',
      'LeCun, Yann, Yoshua Bengio, and Geoffrey Hinton. 2015. “Deep Learning.” Nature, 436–44. https://doi.org/10.1038/nature14539.',
      'Shaftel, Holly. 2024. “Evidence: How Do We Know Climate Change Is Real?” NASA Science. October 23, 2024. https://science.nasa.gov/climate-change/evidence/.',
    ]);
  });

  it('italicises titles of whole works and containers in HTML', () => {
    expect(formatCitations(sources, { style: 'mla', format: 'html' })).toBe(
      [
        '<div class="csl-bib-body">',
        '  <div data-csl-entry-id="kuhn" class="csl-entry">Kuhn, Thomas S. <i>The Structure of Scientific Revolutions</i>. U of Chicago P, 1962.</div>',
        '  <div data-csl-entry-id="lecun" class="csl-entry">LeCun, Yann, et al. “Deep Learning.” <i>Nature</i>, 28 May 2015, pp. 436–44, https://doi.org/10.1038/nature14539.</div>',
        '  <div data-csl-entry-id="shaftel" class="csl-entry">Shaftel, Holly. “Evidence: How Do We Know Climate Change Is Real?” <i>NASA Science</i>, 23 Oct. 2024, https://science.nasa.gov/climate-change/evidence/.</div>',
        '</div>',
      ].join('\n'),
    );
    expect(formatCitations([webPage], { style: 'chicago', format: 'html' })).toContain(
      '“Evidence: How Do We Know Climate Change Is Real?” NASA Science.',
    );
    expect(formatCitations([book], { style: 'apa', format: 'html' })).toContain(
      '<i>The structure of scientific revolutions</i>',
    );
  });

  it('escapes markup in HTML', () => {
    const html = formatCitations([{ ...book, title: '<script>x</script> & co' }], {
      style: 'apa',
      format: 'html',
    });
    expect(html).toContain('&#60;script&#62;x&#60;/script&#62; &#38; co');
    expect(html).not.toContain('<script>');
  });

  it('starts with the title when there is no author, and sorts by it', () => {
    const anonymous = { ...webPage, id: 'anon', authors: [], title: 'About the mission' };
    expect(formatCitations([webPage, anonymous], { style: 'mla', format: 'text' })).toBe(
      [
        '“About the Mission.” NASA Science, 23 Oct. 2024, https://science.nasa.gov/climate-change/evidence/.',
        'Shaftel, Holly. “Evidence: How Do We Know Climate Change Is Real?” NASA Science, 23 Oct. 2024, https://science.nasa.gov/climate-change/evidence/.',
      ].join('\n'),
    );
    expect(
      formatCitations([{ ...anonymous, issued: null }], { style: 'chicago', format: 'text' }),
    ).toBe(
      '“About the Mission.” n.d. NASA Science. https://science.nasa.gov/climate-change/evidence/.',
    );
  });

  it('joins two authors with "and" and prints a labelled location as written', () => {
    const twoAuthors = { ...article, authors: articleAuthors.slice(0, 2), pages: 'para. 4' };
    expect(formatCitations([twoAuthors], { style: 'mla', format: 'text' })).toBe(
      'LeCun, Yann, and Yoshua Bengio. “Deep Learning.” Nature, 28 May 2015, para.\u00a04, https://doi.org/10.1038/nature14539.',
    );
  });

  it('returns nothing for no sources', () => {
    for (const format of ['text', 'html', 'bibtex', 'ris'] as const) {
      expect(formatCitations([], { style: 'apa', format })).toBe('');
    }
    expect(formatCitations([], { style: 'apa', format: 'csl' })).toBe('[]');
  });

  it('exports BibTeX with each field', () => {
    const bibtex = formatCitations(sources, { style: 'apa', format: 'bibtex' });
    expect(bibtex).toContain('@book{Kuhn1962structure,');
    expect(bibtex).toContain('isbn = {9780226458083}');
    expect(bibtex).toContain('publisher = {University of Chicago Press}');
    expect(bibtex).toContain('@article{LeCun2015Deep,');
    expect(bibtex).toContain('author = {LeCun, Yann and Bengio, Yoshua and Hinton, Geoffrey}');
    expect(bibtex).toContain('journal = {Nature}');
    expect(bibtex).toContain('doi = {10.1038/nature14539}');
    expect(bibtex).toContain('pages = {436--444}');
    expect(bibtex).toContain('url = {https://science.nasa.gov/climate-change/evidence/}');
  });

  it('exports RIS records with each field', () => {
    const ris = formatCitations(sources, { style: 'apa', format: 'ris' });
    const records = ris.split('\n\n');
    expect(records).toHaveLength(3);
    expect(records[1]?.split('\n')).toEqual(
      expect.arrayContaining([
        'TY  - JOUR',
        'AU  - LeCun, Yann',
        'AU  - Hinton, Geoffrey',
        'TI  - Deep learning',
        'T2  - Nature',
        'DO  - 10.1038/nature14539',
        'SP  - 436-444',
        'PY  - 2015',
        'ER  - ',
      ]),
    );
    expect(records[0]).toMatch(/^TY {2}- ELEC\n/);
    expect(ris).toContain('UR  - https://science.nasa.gov/climate-change/evidence/\n');
    expect(ris).toContain('SN  - 9780226458083');
  });

  it('exports pretty CSL-JSON in the order given', () => {
    const csl = formatCitations(sources, { style: 'apa', format: 'csl' });
    expect(csl).toContain('\n  {\n    "id": "shaftel",');
    expect(JSON.parse(csl)).toMatchObject([
      { id: 'shaftel', type: 'webpage', URL: webPage.url },
      { id: 'lecun', type: 'article-journal', DOI: '10.1038/nature14539', page: '436-444' },
      { id: 'kuhn', type: 'book', ISBN: '9780226458083', issued: { 'date-parts': [[1962]] } },
    ]);
  });
});
