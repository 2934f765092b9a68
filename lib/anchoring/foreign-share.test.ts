import { describe, expect, it } from 'vitest';
import { buildVersionMap } from './build-version-map';
import { foreignShare } from './foreign-share';

describe('foreignShare', () => {
  const before = 'One two three. Four five six. Seven eight nine.';
  const after = 'One two three. Seven eight nine. Four five six!';
  const map = buildVersionMap(before, after);
  const passage = [before.indexOf('Four'), before.indexOf(' Seven')] as const;

  it('counts the passage itself, moved into inserted text, as not foreign', () => {
    const at = after.indexOf('Four five six');
    expect(foreignShare(map, at, at + 13, ...passage)).toBe(0);
  });

  it('counts text that was already there beside the passage as foreign', () => {
    const at = after.indexOf('Seven');
    expect(foreignShare(map, at, at + 'Seven eight'.length, ...passage)).toBe(1);
    expect(foreignShare(map, 0, after.length, ...passage)).toBeGreaterThan(0.5);
  });

  it('is 0 for an empty range', () => {
    expect(foreignShare(map, 3, 3, ...passage)).toBe(0);
  });
});
