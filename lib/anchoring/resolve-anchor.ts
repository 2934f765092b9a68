import type { StoredAnchor, VersionText } from './anchor';
import { anchorInTarget } from './anchor-in-target';
import type { VersionMap } from './build-version-map';
import { prepareTarget } from './prepare-target';
import type { ResolvedAnchor } from './resolved-anchor';

/**
 * Finds where an annotation's selectors point in `target`. Pass the version map from the
 * anchor's version to the target's (buildVersionMap) when they differ; without it, only
 * the quote search can place the anchor. To resolve many anchors, use resolveAnchors.
 */
export function resolveAnchor(
  anchor: StoredAnchor,
  target: VersionText,
  options: { versionMap?: VersionMap } = {},
): ResolvedAnchor {
  return anchorInTarget(anchor, prepareTarget(target), options.versionMap);
}
