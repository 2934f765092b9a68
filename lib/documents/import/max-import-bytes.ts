import { z } from 'zod';

const DEFAULT_MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const byteCount = z
  .string()
  .trim()
  .regex(/^\d+$/)
  .transform(Number)
  .pipe(z.number().int().positive().max(Number.MAX_SAFE_INTEGER));

/**
 * The largest file or text, in bytes, that an import accepts: `SCHOLIA_MAX_IMPORT_BYTES`
 * when set, otherwise 10 MB.
 */
export function maxImportBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SCHOLIA_MAX_IMPORT_BYTES;
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_IMPORT_BYTES;
  const parsed = byteCount.safeParse(raw);
  // A typo here must not silently lift or lower the limit, so it fails loudly instead.
  if (!parsed.success) {
    throw new Error(
      `SCHOLIA_MAX_IMPORT_BYTES must be a positive whole number of bytes, such as 10485760, but it is "${raw}".`,
    );
  }
  return parsed.data;
}
