import { buildCharts, type Chart } from './chart.js';
import { translator, type MsgKey, type Translator } from './i18n.js';
import type { ReportData, SiteSection } from './report-data.js';

/*
 * A report as a translated document: every sentence already in the client's language, numbers and
 * dates formatted. The HTML email, the web copy, the plain-text part and the PDF are all drawn from
 * this one structure, so they cannot disagree.
 */

export interface Branding {
  business_name: string;
  logo: string | null;
  accent_color: string;
  reply_to: string | null;
  footer: string;
}

export type Cell = { text: string; badge?: string; note?: string };
export type Block =
  | { kind: 'para'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'facts'; rows: [string, string][] }
  | { kind: 'table'; head: string[]; rows: Cell[][] }
  | { kind: 'chart'; index: number; caption: string; legend: { colour: string; label: string }[] };

export interface Section {
  title: string;
  subtitle?: string;
  blocks: Block[];
}

export interface ReportDocument {
  lang: string;
  subject: string;
  title: string;
  business: string;
  month: string;
  greeting: string;
  intro: string;
  headline: string;
  summary: [string, string][];
  sections: Section[];
  /** The response-time charts, referred to by the chart blocks' index. */
  charts: Chart[];
  link: { url: string; label: string; text: string; expiry: string } | null;
  pdfNote: string;
  footer: string;
  accent: string;
  logo: string | null;
}

export interface DocumentInput {
  data: ReportData;
  branding: Branding;
  note: string;
  plannedWork: string;
  link: { url: string; expiresAt: Date } | null;
}

const cellText = (text: string): Cell => ({ text });

function headline(d: ReportData, t: Translator): string {
  const parts: string[] = [];
  if (d.totals.updates_applied > 0) parts.push(t.tn('headline_updates', d.totals.updates_applied));
  if (d.totals.offsite_backups > 0) parts.push(t.tn('headline_backups', d.totals.offsite_backups));
  if (d.totals.uptime_pct !== null) parts.push(t.t('headline_uptime', { pct: t.pct(d.totals.uptime_pct) }));
  return parts.length ? t.t('headline', { parts: t.list(parts) }) : t.t('headline_none');
}

function updatesSection(s: SiteSection, t: Translator, tz: string): Block[] {
  if (s.updates.items.length === 0) return [{ kind: 'para', text: t.t('updates_none') }];
  const rows = s.updates.items.map((u): Cell[] => {
    const explain = u.outcome === 'updated' ? undefined : t.t(`explain_${u.outcome}` as MsgKey);
    return [
      // Core is "WordPress" already; other items say what they are (plugin, theme, translations).
      { text: u.type === 'core' ? u.name : `${u.name} (${t.t(`type_${u.type}` as MsgKey)})`, ...(u.security ? { badge: t.t('security') } : {}) },
      cellText(u.from && u.to ? `${u.from} → ${u.to}` : (u.to ?? u.from ?? '')),
      cellText(t.date(u.at, tz)),
      { text: t.t(`outcome_${u.outcome}` as MsgKey), ...(explain ? { note: explain } : {}) },
    ];
  });
  return [{ kind: 'table', head: [t.t('col_item'), t.t('col_version'), t.t('col_date'), t.t('col_result')], rows }];
}

function backupsSection(s: SiteSection, t: Translator, tz: string): Block[] {
  const b = s.backups;
  if (!b.has_data) return [{ kind: 'para', text: t.t('backups_none') }];
  const facts: [string, string][] = [
    [t.t('backups_count'), t.num(b.count)],
    [t.t('backups_offsite'), t.num(b.offsite)],
    [t.t('backups_newest'), b.newest_offsite_at ? t.dateTime(b.newest_offsite_at, tz) : t.t('never')],
  ];
  if (b.verdict_end) facts.push([t.t('backups_verdict'), t.t(`verdict_${b.verdict_end}` as MsgKey)]);
  const blocks: Block[] = [{ kind: 'facts', rows: facts }];
  if (b.transitions.length) {
    blocks.push({
      kind: 'table',
      head: [t.t('col_date'), t.t('backups_changes')],
      rows: b.transitions.map((x) => [cellText(t.dateTime(x.at, tz)), cellText(`${x.from ? t.t(`verdict_${x.from}` as MsgKey) : '–'} → ${t.t(`verdict_${x.to}` as MsgKey)}`)]),
    });
  }
  return blocks;
}

const CAUSES = new Set(['dns', 'connect', 'tls', 'timeout', 'status', 'keyword', 'redirect', 'other']);

function uptimeSection(s: SiteSection, t: Translator, tz: string): Block[] {
  const u = s.uptime;
  const blocks: Block[] = [];
  if (u.pct === null) blocks.push({ kind: 'para', text: t.t('uptime_none') });
  else blocks.push({ kind: 'facts', rows: [[t.t('uptime'), t.pct(u.pct)], [t.t('uptime_checks'), t.num(u.checks)]] });
  if (s.tls_expires_at) blocks.push({ kind: 'para', text: t.t('tls_valid', { date: t.date(s.tls_expires_at, tz) }) });
  if (u.incidents.length === 0) {
    if (u.pct !== null) blocks.push({ kind: 'para', text: t.t('incidents_none') });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    head: [t.t('incidents'), t.t('col_start'), t.t('col_duration'), t.t('col_cause')],
    rows: u.incidents.map((i) => [
      cellText(t.t(`kind_${i.kind}` as MsgKey)),
      cellText(t.dateTime(i.started_at, tz)),
      cellText(i.duration_s === null ? t.t('ongoing') : t.duration(i.duration_s)),
      cellText(i.kind === 'down' ? t.t(`cause_${CAUSES.has(i.cause) ? i.cause : 'other'}` as MsgKey) : '–'),
    ]),
  });
  return blocks;
}

function workSection(d: ReportData, t: Translator): Block[] {
  const w = d.work;
  const blocks: Block[] = [];
  if (w.entries.length === 0) blocks.push({ kind: 'para', text: t.t('work_none') });
  else {
    blocks.push({
      kind: 'table',
      head: [t.t('col_date'), t.t('col_site'), t.t('col_description'), t.t('col_time')],
      rows: w.entries.map((e) => [
        cellText(t.day(e.date)),
        cellText(e.site ?? t.t('all_sites')),
        { text: e.description, ...(e.kind !== 'work' ? { badge: t.t(`kind_${e.kind}` as MsgKey) } : {}) },
        cellText(t.minutes(e.minutes)),
      ]),
    });
  }
  if (d.plan) {
    if (w.pool) {
      blocks.push({ kind: 'para', text: t.t('work_used', { used: t.minutes(w.pool.used), included: t.minutes(w.pool.available) }) });
      if (w.pool.carried_over > 0) blocks.push({ kind: 'para', text: t.t('work_carried', { carried: t.minutes(w.pool.carried_over) }) });
      if (w.pool.overage_minutes > 0) blocks.push({ kind: 'para', text: t.t('work_over', { over: t.minutes(w.pool.overage_minutes) }) });
    } else blocks.push({ kind: 'para', text: t.t('work_used', { used: t.minutes(w.minutes), included: t.minutes(d.plan.included_minutes) }) });
    if (d.plan.included_minutes > 0) blocks.push({ kind: 'para', text: t.t(d.plan.minutes_roll_over ? 'work_rolls_over' : 'work_lost') });
    // Reports made before allowances were recorded per period count the month's entries.
    const a = w.allowance ?? { period: 'month', restores: w.restores, repairs: w.repairs };
    const [restores, repairs] = a.period === 'year' ? (['restores_used_year', 'repairs_used_year'] as const) : (['restores_used', 'repairs_used'] as const);
    blocks.push({ kind: 'para', text: `${t.t(restores, { used: t.num(a.restores), included: t.num(d.plan.included_restores) })} ${t.t(repairs, { used: t.num(a.repairs), included: t.num(d.plan.included_repairs) })}` });
  } else if (w.entries.length) blocks.push({ kind: 'para', text: t.t('work_used_noplan', { used: t.minutes(w.minutes) }) });
  return blocks;
}

export function buildDocument(input: DocumentInput): ReportDocument {
  const { data: d, branding } = input;
  const t = translator(d.client.locale);
  const tz = d.period.timezone;
  const month = t.month(d.period.month);
  const business = branding.business_name || t.t('title');
  const charts = buildCharts(d.period.month, d.sites, branding.accent_color);
  const sections: Section[] = [];
  for (const s of d.sites) {
    sections.push({
      title: s.label,
      subtitle: s.url,
      blocks: [
        { kind: 'subheading', text: t.t('updates') },
        ...updatesSection(s, t, tz),
        { kind: 'subheading', text: t.t('backups') },
        ...backupsSection(s, t, tz),
        { kind: 'subheading', text: t.t('uptime') },
        ...uptimeSection(s, t, tz),
      ],
    });
  }
  if (d.sites.length) {
    sections.push({
      title: t.t('response'),
      blocks: charts.length
        ? charts.map((chart, index) => ({
            kind: 'chart' as const,
            index,
            caption: t.t('response_caption', { min: t.num(chart.min), max: t.num(chart.max) }),
            legend: chart.sites.map((site, i) => ({ colour: chart.series[i]!.colour, label: d.sites[site]!.label })),
          }))
        : [{ kind: 'para', text: t.t('response_none') }],
    });
  }
  sections.push({ title: t.t('work'), blocks: workSection(d, t) });
  if (input.note.trim()) sections.push({ title: t.t('note'), blocks: input.note.trim().split(/\n{2,}/).map((p) => ({ kind: 'para', text: p })) });
  if (input.plannedWork.trim()) sections.push({ title: t.t('planned'), blocks: input.plannedWork.trim().split(/\n{2,}/).map((p) => ({ kind: 'para', text: p })) });

  const na = t.t('not_available');
  return {
    lang: t.lang,
    subject: t.t('subject', { business, month }),
    title: t.t('title'),
    business,
    month,
    greeting: t.t('greeting', { client: d.client.name }),
    intro: t.t('intro', { month }),
    headline: headline(d, t),
    summary: [
      [t.t('sum_updates'), t.num(d.totals.updates_applied)],
      [t.t('sum_security'), t.num(d.totals.security_updates)],
      [t.t('sum_backups'), t.num(d.totals.offsite_backups)],
      [t.t('sum_uptime'), d.totals.uptime_pct === null ? na : t.pct(d.totals.uptime_pct)],
      [t.t('sum_time'), t.minutes(d.work.minutes)],
    ],
    sections,
    charts,
    link: input.link
      ? { url: input.link.url, label: t.t('web_link_label'), text: t.t('web_link', { link: input.link.url }), expiry: t.t('web_link_expiry', { date: t.date(input.link.expiresAt, tz) }) }
      : null,
    pdfNote: t.t('pdf_attached'),
    footer: branding.footer,
    accent: branding.accent_color,
    logo: branding.logo,
  };
}
