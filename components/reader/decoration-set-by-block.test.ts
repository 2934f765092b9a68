// @vitest-environment happy-dom
import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, EditorView, type DecorationSource } from '@tiptap/pm/view';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentExtensions } from '@/lib/documents/editor/document-extensions';
import { decorationSetByBlock, type DecorationDraft } from './decoration-set-by-block';

const schema = getSchema(documentExtensions());

// Blocks as the reader meets them: paragraphs of plain and bold text, empty ones,
// dividers (leaves) and quotes (a block inside a block).
const text = fc.stringMatching(/^[a-z ]{1,8}$/);
const paragraph = fc.array(fc.tuple(text, fc.boolean()), { maxLength: 3 }).map((runs) =>
  schema.nodes.paragraph!.create(
    null,
    runs.map(([t, bold]) => schema.text(t, bold ? [schema.marks.bold!.create()] : [])),
  ),
);
const block = fc.oneof(
  { arbitrary: paragraph, weight: 5 },
  { arbitrary: fc.constant(schema.nodes.horizontalRule!.create()), weight: 1 },
  { arbitrary: paragraph.map((p) => schema.nodes.blockquote!.create(null, p)), weight: 1 },
);
const doc = fc
  .array(block, { minLength: 1, maxLength: 8 })
  .map((blocks) => schema.nodes.doc!.create(null, blocks));

// Highlights and widgets anywhere, across blocks and on their edges included.
function drafts(size: number) {
  const at = fc.integer({ min: 0, max: size });
  return fc.array(
    fc.oneof(
      fc.tuple(at, at).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
      at.map((p): [number, number] => [p, p]),
    ),
    { maxLength: 12 },
  );
}

function draft([from, to]: [number, number], i: number): DecorationDraft {
  return {
    from,
    to,
    make: (shift) =>
      from === to
        ? Decoration.widget(from + shift, () => document.createElement('i'), { key: `w${i}` })
        : Decoration.inline(from + shift, to + shift, { class: `d${i}` }, { i }),
  };
}

// Every decoration of a source (a set, or the group a block's share can be), in order.
function found(source: DecorationSource) {
  const all: { from: number; to: number; spec: unknown }[] = [];
  source.forEachSet((set) =>
    all.push(...set.find().map((d) => ({ from: d.from, to: d.to, spec: d.spec as unknown }))),
  );
  return all.sort(
    (a, b) =>
      a.from - b.from ||
      a.to - b.to ||
      JSON.stringify(a.spec).localeCompare(JSON.stringify(b.spec)),
  );
}

function drawn(state: EditorState, set: DecorationSet): string {
  const view = new EditorView(document.createElement('div'), {
    state,
    decorations: () => set,
  });
  const html = view.dom.innerHTML;
  view.destroy();
  return html;
}

describe('decorationSetByBlock', () => {
  it('builds the set DecorationSet.create builds: the same decorations, per block and drawn', () => {
    fc.assert(
      fc.property(
        doc.chain((d) => fc.tuple(fc.constant(d), drafts(d.content.size))),
        ([d, ranges]) => {
          const list = ranges.map(draft);
          const ours = decorationSetByBlock(d, list);
          const theirs = DecorationSet.create(
            d,
            list.map((x) => x.make(0)),
          );
          expect(found(ours)).toEqual(found(theirs));
          d.forEach((child, offset) => {
            expect(found(ours.forChild(offset, child))).toEqual(
              found(theirs.forChild(offset, child)),
            );
          });
          const state = EditorState.create({ doc: d });
          expect(drawn(state, ours)).toBe(drawn(state, theirs));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is the empty set when there is nothing to draw', () => {
    const d = schema.nodes.doc!.create(null, schema.nodes.paragraph!.create());
    expect(decorationSetByBlock(d, [])).toBe(DecorationSet.empty);
  });
});
