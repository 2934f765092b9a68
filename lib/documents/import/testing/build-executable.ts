import { randomBytes } from 'node:crypto';

/**
 * The first 4 KB of a Linux (ELF) or Windows (PE) executable: a real header, then
 * random bytes with the NULs any machine code holds, to pass off under a document's name.
 */
export function buildExecutable(kind: 'elf' | 'pe'): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(4096);
  bytes.set(randomBytes(4096));
  for (let i = 0; i < bytes.length; i += 7) bytes[i] = 0;
  if (kind === 'elf') {
    // 64-bit, little-endian, System V, executable, x86-64.
    bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);
  } else {
    // "MZ", the DOS stub's pointer to the PE header at 0x80, and "PE\0\0" for x86-64.
    bytes.set([0x4d, 0x5a, 0x90, 0]);
    new DataView(bytes.buffer).setUint32(0x3c, 0x80, true);
    bytes.set([0x50, 0x45, 0, 0, 0x64, 0x86], 0x80);
  }
  return bytes;
}
