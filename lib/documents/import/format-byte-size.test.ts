import { describe, expect, it } from 'vitest';
import { formatByteSize } from './format-byte-size';

describe('formatByteSize', () => {
  it.each([
    [512, '512 bytes'],
    [2048, '2 KB'],
    [1536, '1.5 KB'],
    [10 * 1024 * 1024, '10 MB'],
    [12.34 * 1024 * 1024, '12.3 MB'],
    [200 * 1024 * 1024, '200 MB'],
  ])('%d bytes reads as %s', (bytes, expected) => {
    expect(formatByteSize(bytes)).toBe(expected);
  });
});
