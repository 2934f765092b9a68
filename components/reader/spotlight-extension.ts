import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Decoration, type DecorationSet } from '@tiptap/pm/view';
import { metaDecorations } from './meta-decorations';

/** The passage a live session's instructor spotlights, as document positions. */
export interface SpotlightRange {
  from: number;
  to: number;
  /** When it was spotlighted: the same passage spotlighted again pulses again. */
  at: number;
}

const key = new PluginKey<DecorationSet>('scholiaSpotlight');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    scholiaSpotlight: {
      /** Marks the spotlighted passage (null clears it). */
      setSpotlight: (range: SpotlightRange | null) => ReturnType;
    };
  }
}

/**
 * The instructor's spotlight in a live session: a decoration that pulses once when set
 * (CSS `.spotlight`, still under reduced motion) and stays marked until the next one.
 */
export const Spotlight = Extension.create({
  name: 'scholiaSpotlight',

  addCommands() {
    return {
      setSpotlight:
        (range) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(key, range ?? false));
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      metaDecorations<SpotlightRange | false>(key, (range, doc) =>
        !range || range.from >= range.to || range.to > doc.content.size
          ? []
          : [
              Decoration.inline(
                range.from,
                range.to,
                { class: 'spotlight', 'data-spotlight': 'true' },
                { key: `spotlight-${range.at}` },
              ),
            ],
      ),
    ];
  },
});
