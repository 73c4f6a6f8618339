import type { Block, Cell, ReportDocument } from './document.js';

/*
 * Table-based HTML with inline styles: what Outlook, Gmail and Apple Mail all render. One column,
 * 600 px wide at most, fluid below (the only <style> rule is a mobile font tweak that clients without
 * <style> support can ignore). The web copy is the same page with the chart inlined as SVG.
 */

export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const nl2br = (s: string) => esc(s).replace(/\r?\n/g, '<br>');

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const TEXT = `${FONT}font-size:14px;line-height:1.5;color:#1f2937;`;
const MUTED = `${FONT}font-size:12px;line-height:1.4;color:#6b7280;`;

export interface HtmlOptions {
  /** Image source of each chart (by index): "cid:…" in the email, a data: URL on the web copy. */
  chartSrcs: string[];
  /** Logo source: "cid:…" when a data-URL logo is attached to the email, else the https/data URL. */
  logoSrc: string | null;
  /** Email: mentions the attached PDF. */
  email: boolean;
}

function cell(c: Cell, accent: string): string {
  const badge = c.badge ? ` <span style="display:inline-block;padding:0 6px;border-radius:3px;background:${accent};color:#ffffff;font-size:11px;font-weight:bold;">${esc(c.badge)}</span>` : '';
  const note = c.note ? `<div style="${MUTED}">${esc(c.note)}</div>` : '';
  return `${esc(c.text)}${badge}${note}`;
}

function block(b: Block, doc: ReportDocument, opts: HtmlOptions): string {
  switch (b.kind) {
    case 'para':
      return `<p style="${TEXT}margin:0 0 10px;">${nl2br(b.text)}</p>`;
    case 'subheading':
      return `<h3 style="${FONT}font-size:15px;color:${doc.accent};margin:16px 0 6px;">${esc(b.text)}</h3>`;
    case 'facts':
      return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 10px;">${b.rows
        .map(([k, v]) => `<tr><td style="${TEXT}padding:3px 8px 3px 0;color:#6b7280;">${esc(k)}</td><td align="right" style="${TEXT}padding:3px 0;font-weight:bold;">${esc(v)}</td></tr>`)
        .join('')}</table>`;
    case 'table':
      return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 12px;border-collapse:collapse;"><tr>${b.head
        .map((h) => `<th align="left" style="${MUTED}font-weight:bold;padding:6px 6px 6px 0;border-bottom:2px solid #e5e7eb;">${esc(h)}</th>`)
        .join('')}</tr>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td valign="top" style="${TEXT}font-size:13px;padding:6px 6px 6px 0;border-bottom:1px solid #f3f4f6;">${cell(c, doc.accent)}</td>`).join('')}</tr>`)
        .join('')}</table>`;
    case 'chart': {
      const src = opts.chartSrcs[b.index];
      const img = src ? `<img src="${esc(src)}" width="560" alt="${esc(b.caption)}" style="display:block;width:100%;max-width:560px;height:auto;border:0;">` : '';
      const legend = b.legend
        .map((l) => `<span style="${MUTED}white-space:nowrap;margin-right:12px;"><span style="display:inline-block;width:10px;height:10px;background:${l.colour};margin-right:4px;"></span>${esc(l.label)}</span>`)
        .join(' ');
      return `${img}<p style="${MUTED}margin:6px 0 4px;">${esc(b.caption)}</p><p style="margin:0 0 10px;">${legend}</p>`;
    }
  }
}

export function renderHtml(doc: ReportDocument, opts: HtmlOptions): string {
  const logo = opts.logoSrc ? `<img src="${esc(opts.logoSrc)}" alt="${esc(doc.business)}" height="40" style="display:block;height:40px;width:auto;border:0;margin:0 0 8px;">` : '';
  const summary = doc.summary
    .map(([k, v]) => `<td align="center" valign="top" style="padding:8px 4px;"><div style="${FONT}font-size:20px;font-weight:bold;color:${doc.accent};">${esc(v)}</div><div style="${MUTED}">${esc(k)}</div></td>`)
    .join('');
  const sections = doc.sections
    .map(
      (s) =>
        `<tr><td style="padding:20px 24px 4px;border-top:1px solid #e5e7eb;"><h2 style="${FONT}font-size:18px;color:#111827;margin:0 0 2px;">${esc(s.title)}</h2>${
          s.subtitle ? `<div style="${MUTED}margin:0 0 8px;">${esc(s.subtitle)}</div>` : ''
        }${s.blocks.map((b) => block(b, doc, opts)).join('')}</td></tr>`,
    )
    .join('');
  const link = doc.link
    ? `<p style="${TEXT}margin:0 0 6px;"><a href="${esc(doc.link.url)}" style="display:inline-block;padding:8px 14px;background:${doc.accent};color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold;">${esc(doc.link.label)}</a></p><p style="${MUTED}margin:0 0 6px;">${esc(doc.link.expiry)}</p>`
    : '';
  const pdf = opts.email ? `<p style="${MUTED}margin:0 0 6px;">${esc(doc.pdfNote)}</p>` : '';
  return `<!DOCTYPE html>
<html lang="${doc.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="x-apple-disable-message-reformatting"><title>${esc(doc.subject)}</title>
<style>@media (max-width:620px){.r-wrap{width:100%!important}.r-sum td{display:block!important;width:100%!important}}</style></head>
<body style="margin:0;padding:0;background:#f3f4f6;">
<div style="display:none;max-height:0;overflow:hidden;">${esc(doc.headline)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6;"><tr><td align="center" style="padding:16px 8px;">
<table role="presentation" class="r-wrap" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:100%;background:#ffffff;border-top:4px solid ${doc.accent};">
<tr><td style="padding:20px 24px 8px;">${logo}<div style="${MUTED}">${esc(doc.business)} · ${esc(doc.title)}</div><h1 style="${FONT}font-size:22px;color:#111827;margin:4px 0 12px;">${esc(doc.month)}</h1>
<p style="${TEXT}margin:0 0 8px;">${esc(doc.greeting)}</p><p style="${TEXT}margin:0 0 8px;">${esc(doc.intro)}</p><p style="${TEXT}font-size:16px;font-weight:bold;margin:0 0 12px;">${esc(doc.headline)}</p></td></tr>
<tr><td style="padding:0 20px 12px;"><table role="presentation" class="r-sum" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f9fafb;"><tr>${summary}</tr></table></td></tr>
${sections}
<tr><td style="padding:16px 24px 20px;border-top:1px solid #e5e7eb;">${link}${pdf}${doc.footer ? `<p style="${MUTED}margin:8px 0 0;">${nl2br(doc.footer)}</p>` : ''}</td></tr>
</table></td></tr></table></body></html>`;
}
