import { PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts, rgb } from 'pdf-lib';

const PAGE: [number, number] = [595, 842];

/**
 * A PDF with one page per entry; each page is a list of paragraphs, each paragraph a list
 * of lines drawn 16 points apart, with an empty line's space between paragraphs.
 */
export async function buildTextPdf(
  pages: string[][][],
  info: { title?: string; author?: string } = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (info.title) pdf.setTitle(info.title);
  if (info.author) pdf.setAuthor(info.author);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const paragraphs of pages) {
    const page = pdf.addPage(PAGE);
    let y = 780;
    for (const lines of paragraphs) {
      for (const line of lines) {
        page.drawText(line, { x: 56, y, size: 12, font });
        y -= 16;
      }
      y -= 16;
    }
  }
  return pdf.save();
}

/** A PDF whose only page holds a drawn rectangle, like a scan without a text layer. */
export async function buildScannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf
    .addPage(PAGE)
    .drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.85) });
  return pdf.save();
}

/**
 * A PDF whose trailer declares standard encryption with a user password, so readers ask
 * for a password before they show anything.
 */
export async function buildPasswordPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage(PAGE);
  const context = pdf.context;
  const bytes = (fill: number) => PDFHexString.of(fill.toString(16).padStart(2, '0').repeat(32));
  const encrypt = context.obj({
    Filter: PDFName.of('Standard'),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    O: bytes(0x5a),
    U: bytes(0xa5),
    P: PDFNumber.of(-4),
  });
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([bytes(0x11), bytes(0x11)]);
  return pdf.save({ useObjectStreams: false });
}
