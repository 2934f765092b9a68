import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { colorClass, highlightColorSheet } from './highlight-color-sheet';
import { firstIndex } from '@/lib/lists/first-index';
import { decorationSetByBlock, type DecorationDraft } from './decoration-set-by-block';

/** One highlight to paint: a document range, its colour and an accessible label. */
export interface HighlightSpec {
  id: string;
  from: number;
  to: number;
  color: string;
  label: string;
  /** For a claim, its status as people read it ("Supported"): shown as a badge after the passage. */
  claim?: string | null;
  /** A reading prompt: painted apart (a dashed underline), and spoken as one. */
  prompt?: boolean;
}

interface HighlightsState {
  set: DecorationSet;
  focused: string | null;
  /** The colours the highlights are painted in, each once, sorted. */
  colors: readonly string[];
}

type HighlightsMeta = { specs: HighlightSpec[] } | { focus: string | null };

/** The plugin's key; its state holds the DecorationSet of all highlights and the focused id. */
export const highlightsKey = new PluginKey<HighlightsState>('scholiaHighlights');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    scholiaHighlights: {
      /** Replaces every highlight at once. */
      setHighlights: (specs: HighlightSpec[]) => ReturnType;
      /** Marks one highlight as focused (or none), redrawing only the two affected. */
      focusHighlight: (id: string | null) => ReturnType;
    };
  }
}

/** What a screen reader reads after the highlighted words. */
function spoken(spec: HighlightSpec): string {
  // A prompt is not a highlight but a question: its label already says what it is.
  return spec.prompt ? ` (${spec.label})` : ` (highlight: ${spec.label})`;
}

// The spoken label of a highlight drawn in pieces, as a visually hidden note after it.
function spokenLabel(spec: HighlightSpec, shift = 0): Decoration {
  return Decoration.widget(
    spec.to + shift,
    () => {
      const span = document.createElement('span');
      span.className = 'sr-only';
      span.textContent = spoken(spec);
      return span;
    },
    { side: 1, key: `sr-${spec.id}-${spec.label}`, ignoreSelection: true },
  );
}

// The claim's status after its passage, seen; the spoken label already says it.
function claimBadge(spec: HighlightSpec, shift = 0): Decoration {
  return Decoration.widget(
    spec.to + shift,
    () => {
      const badge = document.createElement('span');
      badge.className = 'claim-badge';
      badge.setAttribute('aria-hidden', 'true');
      badge.dataset.annotationId = spec.id;
      badge.dataset.status = (spec.claim ?? '').toLowerCase().replaceAll(' ', '-');
      badge.textContent = spec.claim ?? '';
      return badge;
    },
    { side: 1, key: `claim-${spec.id}-${spec.claim}`, ignoreSelection: true },
  );
}

/**
 * The highlights ProseMirror draws as a single element: inside one text node, so the
 * formatting does not change within, and not crossed by another highlight's edge. Their
 * spoken label is the element's own CSS text after it (`data-label`), read in order like
 * text; a highlight drawn in pieces has a widget instead, or each piece would say it.
 * Widgets were most of what drawing thousands of highlights cost beyond their marks.
 */
function drawnWhole(doc: PMNode, specs: readonly HighlightSpec[]): boolean[] {
  // Where each text node starts and ends, in document order: one walk, then a search each.
  const starts: number[] = [];
  const ends: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    starts.push(pos);
    ends.push(pos + node.nodeSize);
  });
  const edges = Float64Array.from(specs.flatMap((s) => [s.from, s.to])).sort();
  return specs.map((s) => {
    const edge = edges[firstIndex(edges, (e) => e > s.from)];
    if (edge !== undefined && edge < s.to) return false;
    // The text node holding the highlight's first character must also hold its last.
    const i = firstIndex(ends, (end) => end > s.from);
    return i < ends.length && starts[i]! <= s.from && s.to <= ends[i]!;
  });
}

function toDecoration(
  spec: HighlightSpec,
  focused: boolean,
  whole: boolean,
  shift = 0,
): Decoration {
  let className = `annotation-highlight ${colorClass(spec.color)}`;
  if (spec.prompt) className += ' prompt-highlight';
  if (focused) className += ' is-focused';
  return Decoration.inline(
    spec.from + shift,
    spec.to + shift,
    {
      nodeName: 'mark',
      // A class per colour, not a style attribute: the browser parses a style per mark,
      // which for 5,000 highlights was about a fifth of the time taken to draw them.
      class: className,
      'data-annotation-id': spec.id,
      title: spec.label,
      'data-label': whole ? spoken(spec) : undefined,
    },
    { highlight: spec, whole },
  );
}

// Swaps the decorations of the highlights whose focus changed for restyled copies.
function refocus(state: HighlightsState, doc: PMNode, focus: string | null): HighlightsState {
  const ids = [state.focused, focus].filter((id) => id !== null);
  const stale = state.set.find(
    undefined,
    undefined,
    (spec: { highlight?: HighlightSpec }) => !!spec.highlight && ids.includes(spec.highlight.id),
  );
  const fresh = stale.map((d) => {
    const { highlight, whole } = d.spec as { highlight: HighlightSpec; whole: boolean };
    return toDecoration({ ...highlight, from: d.from, to: d.to }, highlight.id === focus, whole);
  });
  return { ...state, set: state.set.remove(stale).add(doc, fresh), focused: focus };
}

function paint(doc: PMNode, specs: HighlightSpec[], focused: string | null): DecorationSet {
  const shown = specs.filter((s) => s.to > s.from);
  const whole = drawnWhole(doc, shown);
  const drafts: DecorationDraft[] = [];
  shown.forEach((s, i) => {
    const make = (shift: number) => toDecoration(s, s.id === focused, whole[i]!, shift);
    drafts.push({ from: s.from, to: s.to, make });
    if (!whole[i]) drafts.push({ from: s.to, to: s.to, make: (shift) => spokenLabel(s, shift) });
    if (s.claim) drafts.push({ from: s.to, to: s.to, make: (shift) => claimBadge(s, shift) });
  });
  return decorationSetByBlock(doc, drafts);
}

/** The plugin's state for the first document it paints, kept for both first draws. */
interface FirstState {
  doc: PMNode;
  state: HighlightsState;
}

function firstState(
  storage: { first: FirstState | null },
  initial: (doc: PMNode) => HighlightSpec[],
  doc: PMNode,
): HighlightsState {
  if (storage.first?.doc !== doc) {
    const specs = initial(doc);
    const state = { set: paint(doc, specs, null), focused: null, colors: colorsIn(specs) };
    storage.first = { doc, state };
  }
  return storage.first.state;
}

function colorsIn(specs: HighlightSpec[]): string[] {
  return [...new Set(specs.map((s) => s.color))].sort();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function meta(tr: Transaction, change: HighlightsMeta): Transaction {
  return tr.setMeta(highlightsKey, change).setMeta('addToHistory', false);
}

/**
 * Highlights as ProseMirror decorations kept in plugin state: built once per change of
 * the highlight list and mapped through transactions otherwise, so thousands stay cheap.
 * Clicking one reports its annotation id.
 */
export const Highlights = Extension.create<
  {
    onActivate: (id: string) => void;
    /** Highlights to paint from the start, so the text is not drawn twice on load. */
    initial: (doc: PMNode) => HighlightSpec[];
  },
  { first: FirstState | null }
>({
  name: 'scholiaHighlights',
  addOptions() {
    return { onActivate: () => {}, initial: () => [] };
  },
  addStorage() {
    return { first: null };
  },
  onBeforeCreate() {
    // Tiptap draws the text once before it adds the plugins, then again with them. That
    // first draw is given the state the plugin starts with, so the second finds every
    // highlighted paragraph already drawn instead of drawing it again.
    const { storage, options, editor } = this;
    const props = editor.options.editorProps;
    editor.setOptions({
      editorProps: {
        ...props,
        decorations: (state) =>
          highlightsKey.getState(state)
            ? (props.decorations?.(state) ?? null)
            : firstState(storage, options.initial, state.doc).set,
      },
    });
  },
  addCommands() {
    return {
      setHighlights:
        (specs) =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(meta(tr, { specs }));
          return true;
        },
      focusHighlight:
        (focus) =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(meta(tr, { focus }));
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    const { onActivate, initial } = this.options;
    const { storage } = this;
    return [
      new Plugin<HighlightsState>({
        key: highlightsKey,
        state: {
          init: (_config, state) => firstState(storage, initial, state.doc),
          apply(tr, state) {
            const change = tr.getMeta(highlightsKey) as HighlightsMeta | undefined;
            if (change && 'specs' in change) {
              const colors = colorsIn(change.specs);
              return {
                set: paint(tr.doc, change.specs, state.focused),
                focused: state.focused,
                colors: sameList(colors, state.colors) ? state.colors : colors,
              };
            }
            if (change) return refocus(state, tr.doc, change.focus);
            return tr.docChanged ? { ...state, set: state.set.map(tr.mapping, tr.doc) } : state;
          },
        },
        view: (view) =>
          highlightColorSheet(
            view.dom.ownerDocument,
            () => highlightsKey.getState(view.state)!.colors,
          ),
        props: {
          decorations: (state) => highlightsKey.getState(state)?.set,
          handleClick(_view, _pos, event) {
            const mark = (event.target as HTMLElement | null)?.closest?.('[data-annotation-id]');
            const id = mark?.getAttribute('data-annotation-id');
            if (id) onActivate(id);
            return false;
          },
        },
      }),
    ];
  },
});
