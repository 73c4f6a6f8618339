import PDFDocument from 'pdfkit';
import { usePdfFonts } from '../../lib/pdf-fonts.js';

export type Pdf = PDFKit.PDFDocument;

/**
 * Renders a PDF with `footer(page, pages)` written at the bottom of every page. Pages are buffered so
 * the footer can say "page i of n" and so it is on every page however long the body runs.
 */
export function renderPdf(meta: { title: string }, body: (doc: Pdf) => void, footer: (page: number, pages: number) => string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, bufferPages: true, info: { Title: meta.title, Producer: 'Retainer' } });
    // Names and free text go through pdfText (lib/pdf-fonts.ts) in the callers.
    usePdfFonts(doc);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      body(doc);
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        // Writing inside the bottom margin would otherwise make pdfkit start a new page.
        const bottom = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc.fontSize(8).fillColor('#555555').text(footer(i - range.start + 1, range.count), doc.page.margins.left, doc.page.height - 36, {
          width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
          align: 'center',
          lineBreak: false,
        });
        doc.page.margins.bottom = bottom;
      }
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
