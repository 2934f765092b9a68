import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** One highlight to paint: a document range, its colour and an accessible label. */
export interface HighlightSpec {
  id: string;
  from: number;
  to: number;
  color: string;
  label: string;
  focused: boolean;
}

/** The plugin's key; its state is the DecorationSet of all highlights. */
export const highlightsKey = new PluginKey<DecorationSet>('scholiaHighlights');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    scholiaHighlights: {
      /** Replaces every highlight at once. */
      setHighlights: (specs: HighlightSpec[]) => ReturnType;
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
      span.textContent = ` (highlight: ${spec.label})`;
      return span;
    },
    { side: 1, key: `sr-${spec.id}-${spec.label}`, ignoreSelection: true },
  );
}

function toDecoration(spec: HighlightSpec): Decoration {
  return Decoration.inline(
    spec.from,
    spec.to,
    {
      nodeName: 'mark',
      class: spec.focused ? 'annotation-highlight is-focused' : 'annotation-highlight',
      style: `--hl: ${spec.color}`,
      'data-annotation-id': spec.id,
      title: spec.label,
    },
    { id: spec.id },
  );
}

/**
 * Highlights as ProseMirror decorations kept in plugin state: built once per change of
 * the highlight list and mapped through transactions otherwise, so thousands stay cheap.
 * Clicking one reports its annotation id.
 */
export const Highlights = Extension.create<{ onActivate: (id: string) => void }>({
  name: 'scholiaHighlights',
  addOptions() {
    return { onActivate: () => {} };
  },
  addCommands() {
    return {
      setHighlights:
        (specs) =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(tr.setMeta(highlightsKey, specs).setMeta('addToHistory', false));
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    const { onActivate } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const specs = tr.getMeta(highlightsKey) as HighlightSpec[] | undefined;
            if (specs) {
              const shown = specs.filter((s) => s.to > s.from);
              return DecorationSet.create(tr.doc, [
                ...shown.map(toDecoration),
                ...shown.map(spokenLabel),
              ]);
            }
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: {
          decorations: (state) => highlightsKey.getState(state),
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
