import type { Invoice } from './billing.schemas.js';
import { pdfText } from '../../lib/pdf-fonts.js';
import { formatMoney } from './money.js';
import { renderPdf } from './pdf.js';

/** The invoice as a PDF: header, line items, totals, how to pay; invoice number on every page. */
export function invoicePdf(invoice: Invoice, opts: { seller: string; instructions: string }): Promise<Buffer> {
  const money = (c: number) => formatMoney(c, invoice.currency);
  return renderPdf(
    { title: `Invoice ${invoice.number_text}` },
    (doc) => {
      doc.fontSize(20).fillColor('#000000').text(`Invoice ${invoice.number_text}`);
      doc.moveDown(0.5).fontSize(10);
      doc.text(pdfText(`From: ${opts.seller}`));
      doc.text(pdfText(`To: ${invoice.client_name}`));
      doc.text(`Issued: ${invoice.issue_date}    Due: ${invoice.due_date}`);
      if (invoice.period_start && invoice.period_end) doc.text(`Period: ${invoice.period_start} to ${invoice.period_end}`);
      doc.moveDown();
      for (const l of invoice.lines) {
        doc.text(pdfText(l.description), { continued: false });
        doc.fillColor('#333333').text(`    ${l.quantity} × ${money(l.unit_cents)} = ${money(l.amount_cents)}`).fillColor('#000000');
        doc.moveDown(0.3);
      }
      doc.moveDown();
      doc.text(`Subtotal: ${money(invoice.subtotal_cents)}`, { align: 'right' });
      doc.text(`Tax (${(invoice.tax_rate_bp / 100).toFixed(2)} %): ${money(invoice.tax_cents)}`, { align: 'right' });
      doc.fontSize(12).text(`Total: ${money(invoice.total_cents)}`, { align: 'right' });
      doc.moveDown().fontSize(10).text(pdfText(opts.instructions));
    },
    (page, pages) => `${invoice.number_text} · page ${page} of ${pages}`,
  );
}
