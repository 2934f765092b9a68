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

describe('Highlights', () => {
  it('paints the initial highlights with the text, each with a spoken label', () => {
    const e = open([spec('a', 1, 6), spec('b', 20, 25)]);
    expect(marks(e)).toEqual([
      { id: 'a', text: 'Alpha', focused: false },
      { id: 'b', text: 'Delta', focused: false },
    ]);
    expect(e.view.dom.querySelector('.sr-only')?.textContent).toBe(' (highlight: Key idea by Ana)');
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
    expect(e.view.dom.querySelectorAll('.sr-only')).toHaveLength(2);
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
