import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

describe('decodeText', () => {
  it('decodes UTF-8, keeping typographic quotes, no-break spaces and Cyrillic', () => {
    const source = '“Do it the Ford Way”\u00A0— Хрущёв';
    expect(decodeText(new TextEncoder().encode(source))).toBe(source);
  });

  it('tolerates a few stray control characters, as old text files have', () => {
    expect(decodeText(new TextEncoder().encode(`${'text '.repeat(100)}\u001a`))).toMatch(/\u001a$/);
  });

  it('returns null for invalid UTF-8, NUL bytes and control-heavy data', () => {
    expect(decodeText(new Uint8Array([0x41, 0xc3, 0x28]))).toBeNull();
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toBeNull();
    expect(
      decodeText(new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x01 : 0x41)))),
    ).toBeNull();
  });

  it('returns null for UTF-16 that does not decode', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toBeNull();
  });
});
