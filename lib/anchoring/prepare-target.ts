import type { VersionText } from './anchor';
import { normalizeForMatching, type NormalizedText } from './normalize-for-matching';

/** A target version whose normalised form is computed once, on first use, and then shared. */
export interface PreparedTarget extends VersionText {
  normalized: () => NormalizedText;
}

/** Wraps a target version so every anchor resolved against it shares one normalisation. */
export function prepareTarget(target: VersionText): PreparedTarget {
  let normalized: NormalizedText | undefined;
  return {
    versionId: target.versionId,
    text: target.text,
    normalized: () => (normalized ??= normalizeForMatching(target.text)),
  };
}
