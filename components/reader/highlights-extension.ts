import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { colorClass, highlightColorSheet } from './highlight-color-sheet';

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

// A visually hidden note after each highlight: screen readers announce it in reading order.
function spokenLabel(spec: HighlightSpec): Decoration {
  return Decoration.widget(
    spec.to,
    () => {
      const span = document.createElement('span');
      span.className = 'sr-only';
      // A prompt is not a highlight but a question: its label already says what it is.
      span.textContent = spec.prompt ? ` (${spec.label})` : ` (highlight: ${spec.label})`;
      return span;
    },
    { side: 1, key: `sr-${spec.id}-${spec.label}`, ignoreSelection: true },
  );
}

// The claim's status after its passage, seen; the spoken label already says it.
function claimBadge(spec: HighlightSpec): Decoration {
  return Decoration.widget(
    spec.to,
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

function toDecoration(spec: HighlightSpec, focused: boolean): Decoration {
  let className = `annotation-highlight ${colorClass(spec.color)}`;
  if (spec.prompt) className += ' prompt-highlight';
  if (focused) className += ' is-focused';
  return Decoration.inline(
    spec.from,
    spec.to,
    {
      nodeName: 'mark',
      // A class per colour, not a style attribute: the browser parses a style per mark,
      // which for 5,000 highlights was about a fifth of the time taken to draw them.
      class: className,
      'data-annotation-id': spec.id,
      title: spec.label,
    },
    { highlight: spec },
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
    const highlight = (d.spec as { highlight: HighlightSpec }).highlight;
    return toDecoration({ ...highlight, from: d.from, to: d.to }, highlight.id === focus);
  });
  return { ...state, set: state.set.remove(stale).add(doc, fresh), focused: focus };
}

function paint(doc: PMNode, specs: HighlightSpec[], focused: string | null): DecorationSet {
  const shown = specs.filter((s) => s.to > s.from);
  return DecorationSet.create(doc, [
    ...shown.map((s) => toDecoration(s, s.id === focused)),
    ...shown.map(spokenLabel),
    ...shown.filter((s) => s.claim).map(claimBadge),
  ]);
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
export const Highlights = Extension.create<{
  onActivate: (id: string) => void;
  /** Highlights to paint from the start, so the text is not drawn twice on load. */
  initial: (doc: PMNode) => HighlightSpec[];
}>({
  name: 'scholiaHighlights',
  addOptions() {
    return { onActivate: () => {}, initial: () => [] };
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
    return [
      new Plugin<HighlightsState>({
        key: highlightsKey,
        state: {
          init: (_config, state) => {
            const specs = initial(state.doc);
            return { set: paint(state.doc, specs, null), focused: null, colors: colorsIn(specs) };
          },
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
