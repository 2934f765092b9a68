// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { documentExtensions } from '@/lib/documents/editor/document-extensions';
import { Highlights, type HighlightSpec } from './highlights-extension';

const content = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Alpha beta gamma.' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Delta epsilon.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Zeta ' },
        { type: 'text', text: 'eta', marks: [{ type: 'bold' }] },
        { type: 'text', text: '.' },
      ],
    },
  ],
};
const spec = (id: string, from: number, to: number): HighlightSpec => ({
  id,
  from,
  to,
  color: '#fde68a',
  label: `Key idea by Ana`,
});

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function open(initial: HighlightSpec[] = []) {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [...documentExtensions(), Highlights.configure({ initial: () => initial })],
    content,
  });
  return editor;
}

const marks = (e: Editor) =>
  [...e.view.dom.querySelectorAll<HTMLElement>('mark.annotation-highlight')].map((m) => ({
    id: m.dataset.annotationId,
    text: m.textContent,
    focused: m.classList.contains('is-focused'),
  }));

const labels = (e: Editor) =>
  [...e.view.dom.querySelectorAll<HTMLElement>('mark[data-label]')].map((m) => m.dataset.label);

describe('Highlights', () => {
  it('paints the initial highlights with the text, each with a spoken label', () => {
    const e = open([spec('a', 1, 6), spec('b', 20, 25)]);
    expect(marks(e)).toEqual([
      { id: 'a', text: 'Alpha', focused: false },
      { id: 'b', text: 'Delta', focused: false },
    ]);
    // Read after the words as the mark's CSS text (globals.css): no widget is needed.
    expect(labels(e)).toEqual([' (highlight: Key idea by Ana)', ' (highlight: Key idea by Ana)']);
    expect(e.view.dom.querySelector('.sr-only')).toBeNull();
  });

  it('draws the text once on load: the first draw already holds the highlights', () => {
    const element = document.createElement('div');
    const seen = new MutationObserver(() => {});
    seen.observe(element, { childList: true, subtree: true });
    editor = new Editor({
      element,
      extensions: [
        ...documentExtensions(),
        Highlights.configure({ initial: () => [spec('a', 1, 6), spec('b', 20, 25)] }),
      ],
      content,
    });
    const removed = seen.takeRecords().flatMap((r) => [...r.removedNodes]);
    expect(removed).toEqual([]);
    expect(marks(editor).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('says the label of a highlight drawn in pieces once, after its last piece', () => {
    // "beta gamma" and "gamma." cross, and "Zeta eta" crosses into bold: all are in pieces.
    const e = open([
      spec('a', 1, 6),
      spec('b', 7, 17),
      { ...spec('c', 12, 18), prompt: true },
      spec('d', 36, 44),
    ]);
    const spoken = (m: HTMLElement) => m.dataset.label ?? null;
    const pieces = [...e.view.dom.querySelectorAll<HTMLElement>('mark')];
    expect(pieces.filter((m) => m.dataset.annotationId === 'a').map(spoken)).toEqual([
      ' (highlight: Key idea by Ana)',
    ]);
    const others = pieces.filter((m) => m.dataset.annotationId !== 'a');
    expect(others.map((m) => m.dataset.annotationId).sort()).toEqual([
      'b',
      'b',
      'c',
      'c',
      'd',
      'd',
    ]);
    expect(others.map(spoken)).toEqual([null, null, null, null, null, null]);
    expect([...e.view.dom.querySelectorAll('.sr-only')].map((w) => w.textContent)).toEqual([
      ' (highlight: Key idea by Ana)',
      ' (Key idea by Ana)',
      ' (highlight: Key idea by Ana)',
    ]);
    expect(e.view.dom.textContent).toContain('beta gamma (highlight: Key idea by Ana). (Key idea');
  });

  it('paints each colour through a class and one rule for it, kept to the colours in use', () => {
    const e = open([spec('a', 1, 6), { ...spec('b', 20, 25), color: '#BFDBFE' }]);
    const classes = [...e.view.dom.querySelectorAll('mark')].map((m) => m.className);
    expect(classes).toEqual(['annotation-highlight hl-fde68a', 'annotation-highlight hl-bfdbfe']);
    expect(e.view.dom.querySelector('mark')?.getAttribute('style')).toBeNull();
    const sheet = () => document.head.querySelector('style[data-highlight-colors]')?.textContent;
    expect(sheet()).toBe(
      'mark.annotation-highlight.hl-bfdbfe { --hl: #bfdbfe; }\n' +
        'mark.annotation-highlight.hl-fde68a { --hl: #fde68a; }',
    );
    e.commands.setHighlights([{ ...spec('c', 7, 11), color: 'url(x)' }]);
    expect(e.view.dom.querySelector('mark')?.className).toBe('annotation-highlight hl-default');
    expect(sheet()).toBe('');
    e.destroy();
    expect(document.head.querySelector('style[data-highlight-colors]')).toBeNull();
  });

  it('focuses one highlight at a time and leaves the others as they were', () => {
    const e = open([spec('a', 1, 6), spec('b', 20, 25)]);
    e.commands.focusHighlight('a');
    expect(marks(e).map((m) => m.focused)).toEqual([true, false]);
    e.commands.focusHighlight('b');
    expect(marks(e).map((m) => m.focused)).toEqual([false, true]);
    e.commands.focusHighlight(null);
    expect(marks(e).map((m) => m.focused)).toEqual([false, false]);
    // The spoken labels survive refocusing: one per highlight.
    expect(labels(e)).toHaveLength(2);
  });

  it('replaces every highlight at once, keeping the focus on a highlight that stays', () => {
    const e = open([spec('a', 1, 6)]);
    e.commands.focusHighlight('a');
    e.commands.setHighlights([spec('a', 1, 6), spec('c', 7, 11)]);
    expect(marks(e)).toEqual([
      { id: 'a', text: 'Alpha', focused: true },
      { id: 'c', text: 'beta', focused: false },
    ]);
    e.commands.setHighlights([]);
    expect(marks(e)).toEqual([]);
  });
});
