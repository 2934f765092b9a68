import { describe, expect, it } from 'vitest';
import { describeImportReport } from './describe-import-report';
import { parseAnnotationFile } from './parse-annotation-file';
import { planImport } from './plan-import';
import { userIri } from './web-annotation-ids';

const TEXT = 'The harbour was quiet at dawn. Gulls argued over the nets. A bell rang twice.';
const current = { id: 'v1', text: TEXT };

const annotation = (id: string, exact: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'Annotation',
  motivation: 'commenting',
  creator: { id: 'urn:x:ann', type: 'Person', name: 'Ann' },
  created: '2024-01-02T03:04:05Z',
  body: [
    { type: 'TextualBody', value: `On ${exact}`, purpose: 'commenting' },
    { type: 'TextualBody', value: 'Tide', purpose: 'tagging' },
  ],
  target: { source: 'https://example.org', selector: { type: 'TextQuoteSelector', exact } },
  ...extra,
});

const replyTo = (id: string, parent: string, text: string, created: string) => ({
  id,
  type: 'Annotation',
  motivation: 'replying',
  creator: 'urn:x:bo',
  created,
  body: { type: 'TextualBody', value: text },
  target: parent,
});

describe('parseAnnotationFile', () => {
  it('reads collections, pages, lists and single annotations in the short JSON-LD forms', () => {
    const one = annotation('a1', 'Gulls argued');
    for (const file of [
      { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [one] } },
      { type: 'AnnotationPage', items: [one] },
      [one],
      one,
    ]) {
      const { format, items } = parseAnnotationFile(file);
      expect(format).toBe('w3c');
      expect(items).toEqual([
        {
          index: 0,
          ref: 'a1',
          parentRef: null,
          creator: { id: 'urn:x:ann', name: 'Ann' },
          created: new Date('2024-01-02T03:04:05Z'),
          text: 'On Gulls argued',
          tags: ['Tide'],
          color: null,
          quote: { type: 'TextQuoteSelector', exact: 'Gulls argued' },
          position: null,
        },
      ]);
    }
  });

  it('refuses a collection whose pages are elsewhere, and duplicate ids', () => {
    expect(() =>
      parseAnnotationFile({ type: 'AnnotationCollection', first: 'https://x.example/page1' }),
    ).toThrow(/links to its pages/);
    expect(() =>
      parseAnnotationFile([annotation('a1', 'Gulls'), annotation('a1', 'bell')]),
    ).toThrow(/Annotations 1 and 2 in the file have the same id, a1/);
    expect(() =>
      parseAnnotationFile([{ ...replyTo('r', 'x', 'y', ''), target: [{ type: 'Thing' }] }]),
    ).toThrow(/Annotation 1 .*a reply needs the id of the annotation it answers/);
  });
});

describe('planImport', () => {
  it('threads replies to replies onto the root note, in the order they were written', () => {
    const { items } = parseAnnotationFile([
      annotation('a1', 'Gulls argued'),
      replyTo('r2', 'r1', 'Second', '2024-01-04T00:00:00Z'),
      replyTo('r1', 'a1', 'First', '2024-01-03T00:00:00Z'),
      replyTo('r3', 'gone', 'Lost', '2024-01-05T00:00:00Z'),
      annotation('a2', 'A bell rang twice', { target: 'https://example.org' }),
    ]);
    const plan = planImport(items, current, 'me');
    expect(plan.report).toEqual({
      imported: 1,
      exact: 1,
      fuzzy: 0,
      orphaned: 0,
      replies: 2,
      skipped: [
        { index: 3, reason: 'It replies to an annotation that is not in the file.' },
        { index: 4, reason: expect.stringMatching(/^It quotes no passage/) },
      ],
    });
    expect(plan.replies.map((r) => r.comment.bodyText)).toEqual([
      'Imported from an unnamed annotator, 3 Jan 2024.\n\nFirst',
      'Imported from an unnamed annotator, 4 Jan 2024.\n\nSecond',
    ]);
    expect(plan.replies.every((r) => r.noteId === plan.notes[0]!.id)).toBe(true);
    expect(plan.notes[0]).toMatchObject({
      tags: ['tide'],
      placement: {
        status: 'exact',
        quote: { exact: 'Gulls argued', prefix: 'The harbour was quiet at dawn. ' },
        position: { start: 31, end: 43 },
      },
    });
  });

  it('keeps the annotator’s quote for a changed or missing passage', () => {
    const { items } = parseAnnotationFile([
      annotation('a1', 'Gulls argued over their nets', {
        target: {
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: 'Gulls argued over their nets',
              prefix: 'quiet at dawn. ',
              suffix: '. A bell',
            },
          ],
        },
      }),
      annotation('a2', 'The lighthouse keeper waved'),
    ]);
    const [fuzzy, orphan] = planImport(items, current, 'me').notes.map((n) => n.placement);
    expect(fuzzy).toMatchObject({
      status: 'fuzzy',
      quote: { exact: 'Gulls argued over their nets' },
    });
    expect(fuzzy!.position).toEqual({ type: 'TextPositionSelector', start: 31, end: 57 });
    expect(orphan).toMatchObject({
      status: 'orphaned',
      quote: { exact: 'The lighthouse keeper waved' },
      position: { start: 0, end: 0 },
    });
  });

  it('leaves the provenance line off the importer’s own annotations', () => {
    const mine = annotation('a1', 'Gulls argued', { creator: { id: userIri('me'), name: 'Me' } });
    const plan = planImport(parseAnnotationFile([mine]).items, current, 'me');
    expect(plan.notes[0]!.comment!.bodyText).toBe('On Gulls argued');
  });
});

describe('describeImportReport', () => {
  it('says what happened in words', () => {
    const report = { imported: 12, exact: 10, fuzzy: 1, orphaned: 1, replies: 3, skipped: [] };
    expect(describeImportReport(report)).toBe(
      '12 imported: 10 exact, 1 fuzzy, 1 orphaned; 3 replies',
    );
    expect(
      describeImportReport({ ...report, replies: 1, skipped: [{ index: 0, reason: 'x' }] }),
    ).toBe('12 imported: 10 exact, 1 fuzzy, 1 orphaned; 1 reply; 1 skipped');
  });
});
