import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../doc-node';
import { importDocument } from './import-document';
import { assertInSchema } from './testing/assert-in-schema';
import { collectNodes } from './testing/collect-nodes';
import { comparableWords } from './testing/comparable-words';

const CORPUS = path.resolve('../shared/corpus');
const present = existsSync(CORPUS);
if (!present)
  console.log(`Skipping the corpus import tests: ${CORPUS} does not exist on this machine.`);

async function importCorpusFile(name: string) {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS, name)));
  const doc = await importDocument({ kind: 'file', filename: name, bytes });
  assertInSchema(doc.content);
  return { doc, source: new TextDecoder().decode(bytes) };
}

const textOf = (node: DocNode): string =>
  node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join('');

const listItems = (doc: DocNode, listType: string) =>
  collectNodes(doc)
    .filter((node) => node.type === listType)
    .flatMap((list) => (list.content ?? []).map(textOf));

describe.skipIf(!present)('importing the sample corpus as plain text', () => {
  it.each(['000_bce7018cc5283bbb.txt', '001_642fd5851b444280.txt', '002_8f864bf98753355e.txt'])(
    '%s keeps every word of the source, in order',
    async (name) => {
      const { doc, source } = await importCorpusFile(name);
      expect(doc.format).toBe('txt');
      expect(comparableWords(doc.text)).toEqual(comparableWords(source, { dropListMarkers: true }));
    },
  );

  it('000: post separators become dividers, the title is the first line, "Top" stays its own line', async () => {
    const { doc, source } = await importCorpusFile('000_bce7018cc5283bbb.txt');
    const separators = source
      .split('\n')
      .filter((line) => line.trim() === '' && line.includes('\u00A0'));
    const rules = (doc.content.content ?? []).filter((node) => node.type === 'horizontalRule');
    expect(rules).toHaveLength(separators.length);
    expect(separators.length).toBeGreaterThan(3);
    expect(doc.title).toBe('WI: Technocratic Soviet Union after Stalin death?');
    expect(doc.text.startsWith('WI: Technocratic Soviet Union after Stalin death?\n\n')).toBe(true);
    expect(doc.text.endsWith('\n\nTop')).toBe(true);
    // The hard-wrapped quotation is re-flowed: its lines are joined with spaces, not breaks.
    expect(doc.text).toContain('eliminate Beria, and also that (with the aid of Mikoyan');
  });

  it('001: author and status lines stay apart, the image name stands alone, the quoted paragraph appears twice', async () => {
    const { doc } = await importCorpusFile('001_642fd5851b444280.txt');
    const paragraphs = doc.text.split('\n\n');
    for (const line of [
      'Dorozhand',
      'Banned',
      'Cook',
      'Bukharin-Stalin-1929.jpg',
      'Last edited:',
      'Top',
    ]) {
      expect(paragraphs).toContain(line);
    }
    const quoted = paragraphs.filter((p) =>
      p.startsWith('Bukharin was a far more dedicated marxist theoritician'),
    );
    expect(quoted).toHaveLength(2);
    expect(quoted[0]).toBe(quoted[1]);
    expect(doc.text).toContain('“Do it the Ford Way, because the Ford Way is Best!”');
  });

  it('002: the ● lines are bullet items, the numbered lines keep their numbers, the stray ", ●" keeps its comma', async () => {
    const { doc } = await importCorpusFile('002_8f864bf98753355e.txt');
    const bullets = listItems(doc.content, 'bulletList');
    expect(bullets).toHaveLength(12);
    expect(bullets[0]).toBe(
      'Role: A close Stalin confidant, Malenkov rose to prominence due to his loyalty and administrative efficiency, and he served as Deputy Premier and then Deputy General Secretary of the Communist Party.',
    );
    expect(bullets[3]?.startsWith(', Role: Beria was Stalin’s feared')).toBe(true);
    expect(listItems(doc.content, 'orderedList')).toEqual([
      'Georgy Malenkov',
      'Lavrentiy Beria',
      'Nikita Khrushchev',
      'Kliment Voroshilov',
    ]);
    const starts = collectNodes(doc.content)
      .filter((node) => node.type === 'orderedList')
      .map((node) => node.attrs?.start);
    expect(starts).toEqual([1, 2, 3, 4]);
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs).toContain('De-Stalinisation');
    expect(paragraphs).toContain('Khrushchev emerges as victor ….');
    expect(doc.title).toBeNull();
  });
});
