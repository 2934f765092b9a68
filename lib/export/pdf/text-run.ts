import type { PdfFace } from './font-face';

/** A colour as red, green and blue from 0 to 1. */
export type Rgb = readonly [number, number, number];

/**
 * A stretch of text in one face, size and colour: what paragraphs are made of. `start` is
 * the canonical-text offset of its first character (document text only); `rise` lifts it
 * (superscript note numbers); `ref` names a run whose placement is looked up later.
 */
export interface TextRun {
  text: string;
  face: PdfFace;
  size: number;
  color?: Rgb;
  start?: number;
  rise?: number;
  decoration?: 'underline' | 'strike';
  ref?: string;
}
