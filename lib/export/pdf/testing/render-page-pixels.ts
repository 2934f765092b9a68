import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Whether poppler's pdftoppm is installed. */
export function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A rendered page: RGB pixels, row by row from the top. */
export interface PagePixels {
  width: number;
  height: number;
  rgb: Uint8Array;
}

function token(bytes: Uint8Array, at: { i: number }): string {
  while (/\s/.test(String.fromCharCode(bytes[at.i]!))) at.i++;
  let out = '';
  while (!/\s/.test(String.fromCharCode(bytes[at.i]!))) out += String.fromCharCode(bytes[at.i++]!);
  return out;
}

/** Renders one page with pdftoppm at `dpi` and reads the binary PPM (P6) it writes. */
export function renderPagePixels(pdf: Uint8Array, page: number, dpi = 72): PagePixels {
  const dir = mkdtempSync(path.join(tmpdir(), 'scholia-pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const out = path.join(dir, 'page');
    const args = ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile'];
    execFileSync('pdftoppm', [...args, file, out]);
    const bytes = new Uint8Array(readFileSync(`${out}.ppm`));
    const at = { i: 0 };
    if (token(bytes, at) !== 'P6') throw new Error('pdftoppm did not write a binary PPM.');
    const width = Number(token(bytes, at));
    const height = Number(token(bytes, at));
    token(bytes, at);
    return { width, height, rgb: bytes.subarray(at.i + 1, at.i + 1 + width * height * 3) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
