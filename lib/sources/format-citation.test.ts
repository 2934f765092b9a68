import { describe, expect, it } from 'vitest';
import { formatCitation } from './format-citation';
import type { CitableSource } from './to-csl-item';

const source: CitableSource = {
  id: 'jefferson',
  type: 'PRIMARY_SOURCE',
  title: 'Letter to John Adams',
  authors: [{ family: 'Jefferson', given: 'Thomas' }],
  url: null,
  container: 'Thomas Jefferson papers',
  publisher: 'Library of Congress',
  issued: '1816-08-01',
  pages: null,
  doi: null,
  isbn: null,
};

describe('formatCitation', () => {
  it('gives one plain-text entry in each style', () => {
    expect(formatCitation(source, 'mla')).toBe(
      'Jefferson, Thomas. “Letter to John Adams.” Thomas Jefferson Papers, Library of Congress, 1 Aug. 1816.',
    );
    expect(formatCitation(source, 'chicago')).toBe(
      'Jefferson, Thomas. 1816. “Letter to John Adams.” Thomas Jefferson Papers. Library of Congress.',
    );
    expect(formatCitation(source, 'apa')).toMatch(
      /^Jefferson, T\. \(1816\)\. Letter to John Adams/,
    );
  });
});
