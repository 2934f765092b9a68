import { describe, expect, it } from 'vitest';
import { maxImportBytes } from './max-import-bytes';

describe('maxImportBytes', () => {
  it('defaults to 10 MB', () => {
    expect(maxImportBytes({})).toBe(10 * 1024 * 1024);
    expect(maxImportBytes({ SCHOLIA_MAX_IMPORT_BYTES: ' ' })).toBe(10 * 1024 * 1024);
  });

  it('reads SCHOLIA_MAX_IMPORT_BYTES', () => {
    expect(maxImportBytes({ SCHOLIA_MAX_IMPORT_BYTES: '2048' })).toBe(2048);
  });

  it.each(['10MB', '-1', '0', '1.5', 'lots'])(
    'refuses %j with a sentence naming the variable',
    (value) => {
      expect(() => maxImportBytes({ SCHOLIA_MAX_IMPORT_BYTES: value })).toThrow(
        /^SCHOLIA_MAX_IMPORT_BYTES must be a positive whole number of bytes/,
      );
    },
  );
});
