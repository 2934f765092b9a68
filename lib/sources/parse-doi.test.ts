import { describe, expect, it } from 'vitest';
import { parseDoi } from './parse-doi';

describe('parseDoi', () => {
  it.each([
    '10.1038/nature14539',
    ' 10.1038/NATURE14539 ',
    'doi:10.1038/nature14539',
    'DOI: 10.1038/nature14539',
    'https://doi.org/10.1038/nature14539',
    'http://dx.doi.org/10.1038/Nature14539',
    'https://www.doi.org/10.1038/nature14539',
  ])('normalises %j to the bare lowercase DOI', (text) => {
    expect(parseDoi(text)).toBe('10.1038/nature14539');
  });

  it('keeps subdivided registrants and punctuation in the suffix', () => {
    expect(parseDoi('10.1000.10/ABC(1)-2;x')).toBe('10.1000.10/abc(1)-2;x');
  });

  it('decodes percent-encoded suffixes in links', () => {
    expect(parseDoi('https://doi.org/10.1002/%28SICI%291097-4571')).toBe('10.1002/(sici)1097-4571');
  });

  it.each([
    '',
    'nature14539',
    '10.12/short-registrant',
    '10.1038/',
    '10.1038/has space',
    'https://example.org/10.1038/nature14539',
    'https://doi.org/10.1038/%E0%A4%A',
  ])('rejects %j', (text) => {
    expect(parseDoi(text)).toBeNull();
  });
});
