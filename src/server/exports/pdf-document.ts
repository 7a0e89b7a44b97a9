import type PDFDocument from 'pdfkit';
import { PDF_BOLD_FONT_PATH, PDF_FONT_PATH } from './pdf-font.js';

export type Pdf = PDFKit.PDFDocument;

/** An A4 document with the embedded font registered as `body` and `bold`. */
export async function createPdf(title: string): Promise<Pdf> {
  // pdfkit takes a third of a second to load: only when a PDF is actually made, not at every start.
  const { default: Document }: { default: typeof PDFDocument } = await import('pdfkit');
  // Pages stay in memory until the end, so that each gets its header and "page n of N" (running()).
  const doc = new Document({
    size: 'A4',
    margin: 50,
    bufferPages: true,
    info: { Title: title, Producer: 'Parley' },
  });
  doc.registerFont('body', PDF_FONT_PATH);
  doc.registerFont('bold', PDF_BOLD_FONT_PATH);
  doc.font('body');
  return doc;
}

/**
 * Writes the running header (the title and when the file was made) at the top of every page and "page n of N" at
 * the foot; call once the body is written.
 */
export function running(doc: Pdf, header: string, pageLabel: (page: number, total: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const width = doc.page.width - margins.left - margins.right;
    const bottom = margins.bottom;
    // Writing in the margins must not start a new page.
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(8).fillColor('#555555');
    doc.text(header, margins.left, 20, { width, lineBreak: false, ellipsis: true });
    doc.text(pageLabel(i - range.start + 1, range.count), margins.left, doc.page.height - 32, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
}

/** Ends the document and collects its bytes. */
export function pdfBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export function heading(doc: Pdf, text: string, size = 16): void {
  doc.font('bold').fontSize(size).text(text);
  doc.font('body').fontSize(10);
  doc.moveDown(0.5);
}
