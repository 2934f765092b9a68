import type { StoredAnchor, VersionText } from './anchor';
import { anchorInTarget } from './anchor-in-target';
import { buildVersionMap, type VersionMap } from './build-version-map';
import { prepareTarget } from './prepare-target';
import type { ResolvedAnchor } from './resolved-anchor';

/**
 * Resolves many anchors against one target version, in input order. Each old version the
 * anchors were made on is diffed against the target once, and the target is normalised
 * once. `oldVersions` holds the texts of those versions; an anchor whose version is missing
 * there can only be placed by the quote search.
 */
export function resolveAnchors(
  anchors: readonly StoredAnchor[],
  target: VersionText,
  oldVersions: readonly VersionText[],
): ResolvedAnchor[] {
  const prepared = prepareTarget(target);
  const texts = new Map(oldVersions.map((v) => [v.versionId, v.text]));
  const maps = new Map<string, VersionMap | undefined>();
  const mapFrom = (versionId: string) => {
    if (!maps.has(versionId)) {
      const old = texts.get(versionId);
      maps.set(versionId, old === undefined ? undefined : buildVersionMap(old, target.text));
    }
    return maps.get(versionId);
  };
  return anchors.map((anchor) =>
    anchorInTarget(
      anchor,
      prepared,
      anchor.versionId === target.versionId ? undefined : mapFrom(anchor.versionId),
    ),
  );
}
