import type { Block, ReportDocument } from './document.js';

/** The plain-text part: the same document, readable in a terminal mail client or a screen reader. */
function block(b: Block): string[] {
  switch (b.kind) {
    case 'para':
      return [b.text, ''];
    case 'subheading':
      return [`-- ${b.text} --`];
    case 'facts':
      return [...b.rows.map(([k, v]) => `${k}: ${v}`), ''];
    case 'table':
      return [
        ...b.rows.flatMap((r) => {
          const line = `- ${r.map((c) => (c.badge ? `${c.text} [${c.badge}]` : c.text)).join(' | ')}`;
          return [line, ...r.filter((c) => c.note).map((c) => `    ${c.note}`)];
        }),
        '',
      ];
    case 'chart':
      return [b.caption, ''];
  }
}

export function renderText(doc: ReportDocument, opts: { email: boolean }): string {
  const lines: string[] = [`${doc.business} - ${doc.title}`, doc.month, '', doc.greeting, '', doc.intro, '', doc.headline, ''];
  lines.push(...doc.summary.map(([k, v]) => `${k}: ${v}`), '');
  for (const s of doc.sections) {
    const title = s.subtitle ? `${s.title} (${s.subtitle})` : s.title;
    lines.push(title, '='.repeat(Math.min(title.length, 72)), '');
    for (const b of s.blocks) lines.push(...block(b));
  }
  if (doc.link) lines.push(doc.link.text, doc.link.expiry, '');
  if (opts.email) lines.push(doc.pdfNote, '');
  if (doc.footer) lines.push('--', doc.footer);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
