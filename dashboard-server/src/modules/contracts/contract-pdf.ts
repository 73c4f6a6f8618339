import { pdfText } from '../../lib/pdf-fonts.js';
import { renderPdf } from '../billing/pdf.js';

/** The revision's exact text as a PDF, with the revision number (and its fingerprint) in every page's footer. */
export function contractPdf(r: { clientName: string; revision: number; body: string; sha256: string }): Promise<Buffer> {
  return renderPdf(
    { title: `Maintenance contract — ${r.clientName} — revision ${r.revision}` },
    (doc) => {
      doc.fontSize(10).fillColor('#000000').text(pdfText(r.body), { align: 'left' });
    },
    (page, pages) => `Revision ${r.revision} · SHA-256 ${r.sha256.slice(0, 16)}… · page ${page} of ${pages}`,
  );
}
