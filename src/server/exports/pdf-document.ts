import type PDFDocument from 'pdfkit';
import { PDF_BOLD_FONT_PATH, PDF_FONT_PATH } from './pdf-font.js';

export type Pdf = PDFKit.PDFDocument;

/** An A4 document with the embedded font registered as `body` and `bold`. */
export async function createPdf(title: string): Promise<Pdf> {
  // pdfkit takes a third of a second to load: only when a PDF is actually made, not at every start.
  const { default: Document }: { default: typeof PDFDocument } = await import('pdfkit');
  const doc = new Document({ size: 'A4', margin: 50, info: { Title: title, Producer: 'Parley' } });
  doc.registerFont('body', PDF_FONT_PATH);
  doc.registerFont('bold', PDF_BOLD_FONT_PATH);
  doc.font('body');
  return doc;
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
