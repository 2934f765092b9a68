/**
 * Where an anchor landed in a target version, in offsets of the target's canonical text.
 * `exact` and `moved` promise that the normalised text there equals the normalised quote
 * (`exact`: at the stored offsets, `moved`: elsewhere); `fuzzy` is a best guess with a
 * confidence; `orphan` found nothing trustworthy.
 */
export type ResolvedAnchor =
  | {
      status: 'exact' | 'moved' | 'fuzzy';
      method: 'position' | 'diff' | 'fuzzy';
      start: number;
      end: number;
      confidence: number;
    }
  | { status: 'orphan'; method: 'none'; start: null; end: null; confidence: 0 };
