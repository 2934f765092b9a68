import { describe, expect, it, vi } from 'vitest';
import type { StoredAnchor } from './anchor';
import { buildVersionMap } from './build-version-map';
import { describeRange } from './describe-range';
import { resolveAnchor } from './resolve-anchor';
import { resolveAnchors } from './resolve-anchors';

vi.mock('./build-version-map', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./build-version-map')>();
  return { ...actual, buildVersionMap: vi.fn(actual.buildVersionMap) };
});

describe('resolveAnchors', () => {
  const v1 = 'Lenin died in 1924. Stalin rose. Trotsky fell. Bukharin allied with Stalin.';
  const v2 = v1.replace('Stalin rose.', 'Stalin rose quickly.');
  const v3 = `Preface. ${v2.replace('Trotsky fell.', 'Trotsky fall.')}`;
  const on = (versionId: string, text: string, passage: string): StoredAnchor => {
    const at = text.indexOf(passage);
    return { versionId, selectors: describeRange(text, at, at + passage.length) };
  };
  const anchors = [
    on('v1', v1, 'Lenin died'),
    on('v1', v1, 'Bukharin allied'),
    on('v2', v2, 'rose quickly'),
    on('v2', v2, 'Trotsky fell'),
    on('v3', v3, 'Preface'),
    on('gone', v1, 'Bukharin allied with Stalin'),
  ];

  it('resolves each anchor as resolveAnchor would, diffing each old version once', () => {
    const oldVersions = [
      { versionId: 'v1', text: v1 },
      { versionId: 'v2', text: v2 },
    ];
    vi.mocked(buildVersionMap).mockClear();
    const results = resolveAnchors(anchors, { versionId: 'v3', text: v3 }, oldVersions);
    expect(vi.mocked(buildVersionMap).mock.calls.map(([before]) => before)).toEqual([v1, v2]);

    const one = (anchor: StoredAnchor) => {
      const old = oldVersions.find((v) => v.versionId === anchor.versionId);
      const versionMap = old && buildVersionMap(old.text, v3);
      return resolveAnchor(anchor, { versionId: 'v3', text: v3 }, { versionMap });
    };
    expect(results).toEqual(anchors.map(one));
    expect(results.map((r) => r.status)).toEqual([
      'moved',
      'moved',
      'moved',
      'fuzzy',
      'exact',
      'fuzzy',
    ]);
    expect(v3.slice(results[3]!.start!, results[3]!.end!)).toBe('Trotsky fall');
    // No text for its version: only the quote search can place it, and its context changed.
    expect(results[5]).toMatchObject({ method: 'fuzzy', start: v3.indexOf('Bukharin allied') });
  });
});
