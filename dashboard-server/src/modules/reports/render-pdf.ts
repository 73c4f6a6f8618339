import PDFDocument from 'pdfkit';
import { chartPaths } from './chart.js';
import { PDF_FONT, PDF_FONT_BOLD, pdfText, usePdfFonts } from '../../lib/pdf-fonts.js';
import type { Block, Cell, ReportDocument } from './document.js';

/*
 * The PDF copy, set in the hub's embedded fonts (lib/pdf-fonts.ts): client, site and business names
 * in any Latin, Greek or Cyrillic script come out as written.
 */

/** Text as the PDF writes it: the fonts' coverage (see pdfText) with the line-break rules pdfkit lacks. */
export function pdfSafe(s: string): string {
  // pdfkit wraps lines at any space, the narrow no-break spaces Intl puts in French numbers included.
  return pdfText(s.replace(/[\u202f\u2009\u2007]/g, '\u00a0'));
}

const M = 48;
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const INNER = PAGE_W - 2 * M;

function dataUrlImage(src: string | null): Buffer | null {
  const m = src && /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(src);
  return m ? Buffer.from(m[2]!, 'base64') : null;
}

export function renderPdf(doc: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: M, info: { Title: doc.subject, Author: doc.business }, lang: doc.lang });
  usePdfFonts(pdf);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const ensure = (h: number) => {
    if (pdf.y + h > PAGE_H - M) pdf.addPage();
  };
  const text = (s: string, opts: { size?: number; bold?: boolean; colour?: string; gap?: number } = {}) => {
    pdf.font(opts.bold ? PDF_FONT_BOLD : PDF_FONT).fontSize(opts.size ?? 10).fillColor(opts.colour ?? '#1f2937');
    const str = pdfSafe(s);
    ensure(pdf.heightOfString(str, { width: INNER }));
    pdf.text(str, M, pdf.y, { width: INNER });
    pdf.moveDown(opts.gap ?? 0.4);
  };
  const row = (cells: string[], widths: number[], bold = false) => {
    pdf.font(bold ? PDF_FONT_BOLD : PDF_FONT).fontSize(9).fillColor(bold ? '#6b7280' : '#1f2937');
    const strs = cells.map(pdfSafe);
    const h = Math.max(...strs.map((s, i) => pdf.heightOfString(s, { width: widths[i]! - 6 })));
    ensure(h + 4);
    const y = pdf.y;
    let x = M;
    strs.forEach((s, i) => {
      pdf.text(s, x, y, { width: widths[i]! - 6 });
      x += widths[i]!;
    });
    pdf.y = y + h + 4;
    pdf.x = M;
  };
  const cellStr = (c: Cell) => `${c.text}${c.badge ? ` [${c.badge}]` : ''}${c.note ? `\n${c.note}` : ''}`;

  const block = (b: Block) => {
    switch (b.kind) {
      case 'para':
        return text(b.text);
      case 'subheading':
        return text(b.text, { bold: true, size: 11, colour: doc.accent, gap: 0.2 });
      case 'facts':
        for (const [k, v] of b.rows) row([k, v], [INNER * 0.6, INNER * 0.4]);
        return pdf.moveDown(0.4);
      case 'table': {
        const widths = b.head.length === 4 ? [0.36, 0.2, 0.16, 0.28].map((f) => f * INNER) : b.head.map(() => INNER / b.head.length);
        row(b.head, widths, true);
        for (const r of b.rows) row(r.map(cellStr), widths);
        return pdf.moveDown(0.4);
      }
      case 'chart': {
        const chart = doc.charts[b.index];
        if (!chart) return;
        const w = INNER;
        const h = 140;
        ensure(h + 40);
        const x0 = M;
        const y0 = pdf.y;
        pdf.save().rect(x0, y0, w, h).lineWidth(0.5).strokeColor('#e5e7eb').stroke();
        for (const p of chartPaths(chart, w, h)) {
          for (const seg of p.segments) {
            const [first, ...rest] = seg;
            if (!rest.length) {
              pdf.circle(x0 + first![0], y0 + first![1], 1.5).fillColor(p.colour).fill();
              continue;
            }
            pdf.moveTo(x0 + first![0], y0 + first![1]);
            for (const [x, y] of rest) pdf.lineTo(x0 + x, y0 + y);
            pdf.lineWidth(1.2).strokeColor(p.colour).stroke();
          }
        }
        pdf.restore();
        pdf.y = y0 + h + 6;
        pdf.x = M;
        text(b.caption, { size: 8, colour: '#6b7280', gap: 0.1 });
        for (const l of b.legend) {
          ensure(12);
          const y = pdf.y;
          pdf.rect(M, y + 1, 7, 7).fillColor(l.colour).fill();
          pdf.font(PDF_FONT).fontSize(8).fillColor('#374151').text(pdfSafe(l.label), M + 11, y, { width: INNER - 11 });
          pdf.x = M;
        }
        return pdf.moveDown(0.4);
      }
    }
  };

  const logo = dataUrlImage(doc.logo);
  if (logo) {
    try {
      pdf.image(logo, M, M, { height: 36 });
      pdf.y = M + 44;
    } catch {
      // An image pdfkit cannot decode must not cost the client their report.
    }
  }
  text(`${doc.business} - ${doc.title}`, { size: 9, colour: '#6b7280', gap: 0.1 });
  text(doc.month, { size: 20, bold: true, colour: '#111827' });
  text(doc.greeting);
  text(doc.intro);
  text(doc.headline, { bold: true, size: 12, gap: 0.6 });
  for (const [k, v] of doc.summary) row([k, v], [INNER * 0.6, INNER * 0.4]);
  pdf.moveDown(0.6);
  for (const s of doc.sections) {
    ensure(60);
    pdf.moveTo(M, pdf.y).lineTo(M + INNER, pdf.y).lineWidth(0.5).strokeColor('#e5e7eb').stroke();
    pdf.moveDown(0.4);
    text(s.title, { size: 14, bold: true, colour: '#111827', gap: s.subtitle ? 0.1 : 0.4 });
    if (s.subtitle) text(s.subtitle, { size: 8, colour: '#6b7280' });
    for (const b of s.blocks) block(b);
  }
  if (doc.link) text(doc.link.text, { size: 8, colour: '#6b7280', gap: 0.1 });
  if (doc.footer) text(doc.footer, { size: 8, colour: '#6b7280' });
  pdf.end();
  return done;
}
