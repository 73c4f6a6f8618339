import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from './document.js';
import { renderPdf } from './render-pdf.js';

const doc = (over: Partial<ReportDocument>): ReportDocument => ({
  lang: 'pl',
  subject: 'Raport',
  title: 'Raport miesięczny',
  business: 'Studio',
  month: 'Listopad 2026',
  greeting: 'Hello',
  intro: '',
  headline: '',
  summary: [],
  sections: [],
  charts: [],
  link: null,
  pdfNote: '',
  footer: '',
  accent: '#2563eb',
  logo: null,
  ...over,
});

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('the report PDF', () => {
  it('writes client, site and business names in Polish, Greek and Cyrillic as they are', async () => {
    const text = await textOf(
      await renderPdf(
        doc({
          business: 'Wiśniewski Web',
          greeting: 'Dzień dobry, Łukasz,',
          sections: [{ title: 'Кафе Ωmega (kavárna Žižkov)', blocks: [{ kind: 'table', head: ['Element', 'Wersja'], rows: [[{ text: 'Akismet' }, { text: '5.3 → 5.3.2' }]] }] }],
        }),
      ),
    );
    expect(text).toContain('Wiśniewski Web - Raport miesięczny');
    expect(text).toContain('Dzień dobry, Łukasz,');
    expect(text).toContain('Кафе Ωmega (kavárna Žižkov)');
    expect(text).toContain('5.3 → 5.3.2');
  });

  it('writes a French figure with its narrow space, and "?" for a script the fonts lack', async () => {
    const text = await textOf(await renderPdf(doc({ lang: 'fr', summary: [['Disponibilité', '99,98\u202f%']], greeting: 'Bonjour 東京,' })));
    expect(text.replace(/\u00a0/g, ' ')).toContain('Disponibilité 99,98 %');
    expect(text).toContain('Bonjour ??,');
  });
});
