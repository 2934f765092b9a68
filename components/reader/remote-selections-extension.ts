import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Decoration, type DecorationSet } from '@tiptap/pm/view';
import { metaDecorations } from './meta-decorations';

/** Another reader's selection to show: a document range, their colour and name. */
export interface RemoteSelection {
  clientId: number;
  from: number;
  to: number;
  color: string;
  name: string;
}

const key = new PluginKey<DecorationSet>('scholiaRemoteSelections');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    scholiaRemoteSelections: {
      /** Replaces the other readers' selections shown (an empty list hides them all). */
      setRemoteSelections: (selections: RemoteSelection[]) => ReturnType;
    };
  }
}

/**
 * Others' live selections, drawn subtly as a tint of their colour with their name on
 * hover. Decorations only: the document itself is never touched.
 */
export const RemoteSelections = Extension.create({
  name: 'scholiaRemoteSelections',

  addCommands() {
    return {
      setRemoteSelections:
        (selections) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(key, selections));
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      metaDecorations<RemoteSelection[]>(key, (selections, doc) =>
        selections
          .filter((s) => s.from < s.to && s.to <= doc.content.size)
          .map((s) =>
            Decoration.inline(
              s.from,
              s.to,
              {
                class: 'remote-selection',
                style: `background-color: color-mix(in srgb, ${s.color} 22%, transparent)`,
                title: `${s.name} is reading this`,
                'data-remote-selection': s.name,
              },
              { key: `remote-${s.clientId}-${s.from}-${s.to}` },
            ),
          ),
      ),
    ];
  },
});
