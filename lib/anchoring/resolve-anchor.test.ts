import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredAnchor } from './anchor';
import { buildVersionMap } from './build-version-map';
import { describeRange } from './describe-range';
import { normalizeForMatching } from './normalize-for-matching';
import { resolveAnchor } from './resolve-anchor';
import type { ResolvedAnchor } from './resolved-anchor';

const CORPUS = path.resolve('../shared/corpus');
const haveCorpus = existsSync(CORPUS);
if (!haveCorpus) console.warn(`Skipping the corpus anchoring tests: ${CORPUS} does not exist.`);

const read = (name: string) => readFileSync(path.join(CORPUS, name), 'utf8');

/** An anchor on the `occurrence`-th copy (0-based) of `passage` in `text`, made on version v1. */
function anchorOn(text: string, passage: string, occurrence = 0): StoredAnchor {
  let at = text.indexOf(passage);
  for (let i = 0; i < occurrence; i++) at = text.indexOf(passage, at + 1);
  if (at < 0) throw new Error(`The test passage is not in the text: ${passage}`);
  return { versionId: 'v1', selectors: describeRange(text, at, at + passage.length) };
}

function startOf(anchor: StoredAnchor): number {
  const position = anchor.selectors.find((s) => s.type === 'TextPositionSelector');
  if (!position) throw new Error('The anchor has no position.');
  return position.start;
}

/** Resolves an anchor made on `before` against `after`, through the diff of the two. */
function resolveIn(anchor: StoredAnchor, before: string, after: string): ResolvedAnchor {
  return resolveAnchor(
    anchor,
    { versionId: 'v2', text: after },
    { versionMap: buildVersionMap(before, after) },
  );
}

function textAt(text: string, r: ResolvedAnchor): string {
  if (r.start === null) throw new Error(`Expected a placed anchor, got ${r.status}.`);
  return text.slice(r.start, r.end);
}

const same = (a: string, b: string) =>
  expect(normalizeForMatching(a).text).toBe(normalizeForMatching(b).text);

describe.skipIf(!haveCorpus)('resolveAnchor on the corpus', () => {
  describe('the paragraph quoted twice in 001', () => {
    const text = haveCorpus ? read('001_642fd5851b444280.txt') : '';
    const opening = "By '36, you'd need an assassination of Stalin to keep Bukharin alive.";
    const middle = "I'm not sure he would be in the best place to jostle for power post-Stalin";

    it('is there twice, so the tests below can tell the copies apart', () => {
      const first = text.indexOf(opening);
      expect(text.indexOf(opening, first + 1)).toBeGreaterThan(first);
    });

    it('resolves each copy to itself on the same version, by position', () => {
      for (const occurrence of [0, 1]) {
        const anchor = anchorOn(text, middle, occurrence);
        expect(resolveAnchor(anchor, { versionId: 'v1', text })).toEqual({
          status: 'exact',
          method: 'position',
          start: startOf(anchor),
          end: startOf(anchor) + middle.length,
          confidence: 1,
        });
      }
    });

    it('follows each copy through edits before and between them', () => {
      const after = `A new first line.\n\n${text.replace('Cook\n\nBanned\n', 'Cook (edited)\n')}`;
      for (const occurrence of [0, 1]) {
        const r = resolveIn(anchorOn(text, middle, occurrence), text, after);
        expect(r).toMatchObject({ status: 'moved', method: 'diff', confidence: 1 });
        let expected = after.indexOf(middle);
        if (occurrence === 1) expected = after.indexOf(middle, expected + 1);
        expect(r.start).toBe(expected);
      }
    });

    it('tells the copies apart by their context when only the quote is stored', () => {
      for (const occurrence of [0, 1]) {
        const anchor = anchorOn(text, opening, occurrence);
        const quoteOnly = { ...anchor, selectors: anchor.selectors.slice(0, 1) };
        const r = resolveAnchor(quoteOnly, { versionId: 'v2', text });
        expect(r).toMatchObject({ status: 'moved', method: 'fuzzy', start: startOf(anchor) });
      }
    });

    it('orphans the annotation on a deleted copy instead of moving it to the other one', () => {
      const first = text.indexOf(opening);
      const lineEnd = text.indexOf('\n', first);
      const after = text.slice(0, first) + text.slice(lineEnd + 1);
      expect(resolveIn(anchorOn(text, middle, 0), text, after)).toMatchObject({ status: 'orphan' });
      const second = resolveIn(anchorOn(text, middle, 1), text, after);
      expect(second).toMatchObject({ status: 'moved', start: after.indexOf(middle) });
    });

    it('uses a stale position to pick between identical copies, and says it is unsure', () => {
      const anchor = anchorOn(text, middle, 1);
      const after = `Intro.\n\n${text}`;
      const r = resolveAnchor(anchor, { versionId: 'v2', text: after });
      expect(r.status).toBe('fuzzy');
      expect(r.start).toBe(startOf(anchor) + 'Intro.\n\n'.length);
    });
  });

  describe('whitespace and typography', () => {
    const text = haveCorpus ? read('000_bce7018cc5283bbb.txt') : '';
    // Spans a post separator: a line holding only U+00A0.
    const passage = 'create technocracy.\n\u00A0\nNo, Zhukov is not going to take over.';

    it('has a U+00A0 line inside the test passage', () => {
      expect(text).toContain(passage);
    });

    it('stays exact when U+00A0 becomes a plain space', () => {
      const after = text.replaceAll('\u00A0', ' ');
      const r = resolveIn(anchorOn(text, passage), text, after);
      expect(r).toMatchObject({ status: 'exact', method: 'diff', start: text.indexOf(passage) });
      same(textAt(after, r), passage);
    });

    it('moves, text intact, when line ends become CRLF', () => {
      const after = text.replaceAll('\n', '\r\n');
      const r = resolveIn(anchorOn(text, passage), text, after);
      expect(r.status).toBe('moved');
      expect(textAt(after, r)).toBe(passage.replaceAll('\n', '\r\n'));
    });

    it('moves, text intact, when sentences get two spaces after them', () => {
      const after = text.replaceAll('. ', '.  ');
      const passage = 'But arguably Malenkov might have been more';
      const r = resolveIn(anchorOn(text, passage), text, after);
      expect(r).toMatchObject({ status: 'moved', start: after.indexOf(passage) });
      same(textAt(after, r), passage);
    });

    it('finds the quote in a CRLF copy even without a version map', () => {
      const after = text.replaceAll('\n', '\r\n');
      const r = resolveAnchor(anchorOn(text, passage), { versionId: 'v2', text: after });
      expect(r).toMatchObject({ status: 'moved', method: 'fuzzy' });
      same(textAt(after, r), passage);
    });

    it('treats typographic and straight quotes as the same text, both ways', () => {
      const curly = read('001_642fd5851b444280.txt');
      const quoted =
        'banners reading \u201CDo it the Ford Way, because the Ford Way is Best!\u201D';
      const straight = curly.replace(/[\u201C\u201D]/g, '"').replace(/\u2019/g, "'");
      const r = resolveIn(anchorOn(curly, quoted), curly, straight);
      expect(r).toMatchObject({ status: 'exact', method: 'diff' });
      same(textAt(straight, r), quoted);

      const plain = 'more "technocratic" than Khrushchev';
      const typographic = text.replace('"technocratic"', '\u201Ctechnocratic\u201D');
      const back = resolveIn(anchorOn(text, plain), text, typographic);
      expect(back).toMatchObject({ status: 'exact', start: text.indexOf(plain) });
    });
  });

  describe('edits to the text', () => {
    const text = haveCorpus ? read('002_8f864bf98753355e.txt') : '';
    const passage = 'The mainstay of his agricultural policy was the Virgin lands\ncampaign';

    it('moves the anchor when text is inserted before it', () => {
      const after = text.replace(
        'Agriculture was',
        'Farming, everyone agreed, was hard. Agriculture was',
      );
      const r = resolveIn(anchorOn(text, passage), text, after);
      expect(r).toMatchObject({ status: 'moved', method: 'diff', confidence: 1 });
      expect(textAt(after, r)).toBe(passage);
    });

    it('keeps an anchor whose inside was edited, as fuzzy, over the edited passage', () => {
      const after = text.replace('agricultural policy was', 'farm policy was');
      const r = resolveIn(anchorOn(text, passage), text, after);
      expect(r).toMatchObject({ status: 'fuzzy', method: 'diff' });
      expect(textAt(after, r)).toBe(passage.replace('agricultural', 'farm'));
      expect(r.confidence).toBeGreaterThan(0.6);
      expect(r.confidence).toBeLessThan(1);
    });

    it('keeps an anchor whose end was rewritten together with the text after it', () => {
      const after = text.replace(
        'Virgin lands\ncampaign, which aimed',
        'Virgin Lands scheme, aimed',
      );
      const r = resolveIn(anchorOn(text, passage), text, after);
      expect(r.status).toBe('fuzzy');
      expect(textAt(after, r)).toContain('The mainstay of his agricultural policy was the Virgin');
      expect(r.end! - r.start!).toBeLessThan(passage.length + 16);
    });

    it('orphans an anchor whose text was deleted', () => {
      const sentence =
        'The mainstay of his agricultural policy was the Virgin lands\ncampaign, which aimed at increasing the amount of land under the plough. ';
      expect(text).toContain(sentence);
      const after = text.replace(sentence, '');
      expect(resolveIn(anchorOn(text, passage), text, after)).toEqual({
        status: 'orphan',
        method: 'none',
        start: null,
        end: null,
        confidence: 0,
      });
    });

    it('follows a paragraph that was moved elsewhere, as moved', () => {
      const paragraphs = read('000_bce7018cc5283bbb.txt').split('\n\n');
      const before = paragraphs.join('\n\n');
      const moved = paragraphs[1]!;
      const after = [paragraphs[0], ...paragraphs.slice(2), moved].join('\n\n');
      const inside = 'Young graduates from universities and polytechnics would be great';
      const r = resolveIn(anchorOn(before, inside), before, after);
      expect(r).toMatchObject({ status: 'moved', start: after.indexOf(inside) });
      const later = "Some of Stalin's most irrational policies";
      const shifted = resolveIn(anchorOn(before, later), before, after);
      expect(shifted).toMatchObject({
        status: 'moved',
        method: 'diff',
        start: after.indexOf(later),
      });
    });

    it('re-finds the quote when same-version positions are stale', () => {
      const anchor = anchorOn(text, passage);
      const stale = {
        ...anchor,
        selectors: [
          anchor.selectors[0]!,
          { type: 'TextPositionSelector' as const, start: 5, end: 40 },
        ],
      };
      const r = resolveAnchor(stale, { versionId: 'v1', text });
      expect(r).toMatchObject({ status: 'moved', method: 'fuzzy', start: text.indexOf(passage) });
    });

    it('maps a position-only anchor while the diff leaves its text alone', () => {
      const at = text.indexOf(passage);
      const anchor: StoredAnchor = {
        versionId: 'v1',
        selectors: [{ type: 'TextPositionSelector', start: at, end: at + passage.length }],
      };
      const inserted = `Preface.\n\n${text}`;
      expect(resolveIn(anchor, text, inserted)).toMatchObject({ status: 'moved', start: at + 10 });
      const edited = text.replace('agricultural', 'farm');
      expect(resolveIn(anchor, text, edited).status).toBe('orphan');
    });
  });
});
