import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-item';

/** Exports CSL items as RIS records, one tag per line. */
export function formatRis(items: readonly CslItem[]): string {
  if (items.length === 0) return '';
  // plugin-ris maps the fields well, but its text output breaks every value at 70
  // characters, which splits URLs and titles in reference managers; so write it here.
  const records = new Cite(items).format('ris', { format: 'object' });
  return records
    .map((record) => {
      const { TY, ...tags } = record;
      const lines = [`TY  - ${String(TY)}`];
      for (const [tag, value] of Object.entries(tags)) {
        for (const one of [value].flat())
          lines.push(`${tag}  - ${String(one).replace(/\s+/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n\n');
}
