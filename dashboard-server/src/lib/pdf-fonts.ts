import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/*
 * The fonts every PDF the hub writes (reports, invoices, contracts) is set in: DejaVu Sans, embedded
 * and subset by pdfkit. pdfkit's built-in Helvetica only encodes Western European text, so a client
 * called "Łukasz Wiśniewski" or a site named in Greek or Cyrillic came out as garbage on an invoice.
 * DejaVu covers Latin, Greek and Cyrillic in full; scripts it lacks (CJK, for one) are written as "?"
 * instead of blank boxes.
 *
 * Fonts are parsed once per process and shared: pdfkit accepts a parsed font, and parsing the files
 * for every document cost more than drawing it.
 */

export const PDF_FONT = 'retainer-regular';
export const PDF_FONT_BOLD = 'retainer-bold';

interface PdfFontSet {
  regular: Font;
  bold: Font;
}
let fonts: PdfFontSet | undefined;

function load(): PdfFontSet {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const file = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
    fonts = { regular: create(file('DejaVuSans.ttf')), bold: create(file('DejaVuSans-Bold.ttf')) };
  }
  return fonts;
}

/** Registers the fonts on a new document and makes the regular one current. */
export function usePdfFonts(doc: PDFKit.PDFDocument): void {
  const { regular, bold } = load();
  // pdfkit takes a parsed fontkit font where its types only list files and buffers.
  doc.registerFont(PDF_FONT, regular as unknown as Buffer);
  doc.registerFont(PDF_FONT_BOLD, bold as unknown as Buffer);
  doc.font(PDF_FONT);
}

/** `s` with every character the fonts cannot draw replaced by "?". */
export function pdfText(s: string): string {
  const { regular, bold } = load();
  return s.replace(/[^\n\t]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    return regular.hasGlyphForCodePoint(cp) && bold.hasGlyphForCodePoint(cp) ? c : '?';
  });
}
