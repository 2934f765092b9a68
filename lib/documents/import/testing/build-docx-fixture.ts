import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';

/** A small .docx with a heading, paragraphs, a bullet list, bold, italic, a link, title and author. */
export async function buildDocxFixture(
  options: { title?: string; author?: string; extraParagraphs?: string[] } = {},
): Promise<Uint8Array> {
  const run = (text: string, style: { bold?: boolean; italics?: boolean } = {}): ParagraphChild =>
    new TextRun({ text, ...style });
  const document = new Document({
    title: options.title ?? 'The Thaw',
    creator: options.author ?? 'Ada Reader',
    sections: [
      {
        children: [
          new Paragraph({ text: 'The Khrushchev Era', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              run('Stalin died in '),
              run('1953', { bold: true }),
              run(' and a '),
              run('collective leadership', { italics: true }),
              run(' followed.'),
            ],
          }),
          new Paragraph({ text: 'Rivals', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Georgy Malenkov', bullet: { level: 0 } }),
          new Paragraph({ text: 'Lavrentiy Beria', bullet: { level: 0 } }),
          new Paragraph({
            children: [
              run('Read '),
              new ExternalHyperlink({
                link: 'https://example.org/thaw',
                children: [new TextRun({ text: 'the overview', style: 'Hyperlink' })],
              }),
              run(' first.'),
            ],
          }),
          ...(options.extraParagraphs ?? []).map((text) => new Paragraph({ text })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The same .docx with one more relationship added to word/_rels/document.xml.rels. */
export async function withRelationship(
  docx: Uint8Array,
  relationship: { type: string; target: string; external: boolean },
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const path = 'word/_rels/document.xml.rels';
  const rels = (await zip.file(path)?.async('string')) ?? '';
  const mode = relationship.external ? ' TargetMode="External"' : '';
  const entry = `<Relationship Id="rIdExtra" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${relationship.type}" Target="${relationship.target}"${mode}/>`;
  zip.file(path, rels.replace('</Relationships>', `${entry}</Relationships>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
