/**
 * The site import's text: one site per line, pasted from a spreadsheet or a CSV file. Columns are
 * client, site address, label, client e-mail (the last two optional; the e-mail is needed for a
 * client the hub does not know yet), separated by commas, semicolons or tabs, or named in a header
 * line. Problems are reported by line so the freelancer can fix the text in place.
 */
import type { ApiBody, ApiResponse } from '../../app/api';
import { normalizeSiteUrl } from './site-url';

export type ImportRow = ApiBody<'/api/v1/sites/import', 'post'>['rows'][number];
export type ImportResult = ApiResponse<'/api/v1/sites/import', 'post'>;
export const MAX_IMPORT_ROWS = 1000;

export interface ParsedImport {
  rows: ImportRow[];
  /** The text's line (1-based) of each row, to say where a problem the hub found is. */
  lines: number[];
  problems: { line: number; message: string }[];
}

type Column = keyof ImportRow;
const DEFAULT_COLUMNS: Column[] = ['client', 'url', 'label', 'client_email'];
const HEADER_NAMES: Record<string, Column> = {
  client: 'client',
  'client name': 'client',
  customer: 'client',
  url: 'url',
  site: 'url',
  address: 'url',
  'site address': 'url',
  website: 'url',
  label: 'label',
  name: 'label',
  'site name': 'label',
  email: 'client_email',
  'e-mail': 'client_email',
  client_email: 'client_email',
  'client email': 'client_email',
  'client e-mail': 'client_email',
  'contact email': 'client_email',
};

/** One line's cells; double quotes protect separators, "" is a quote inside quotes. */
export function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

function separatorOf(line: string): string {
  if (line.includes('\t')) return '\t';
  const count = (ch: string) => splitLine(line, ch).length;
  return count(';') > count(',') ? ';' : ',';
}

export function parseImport(text: string): ParsedImport {
  const out: ParsedImport = { rows: [], lines: [], problems: [] };
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return out;
  const separator = separatorOf(lines[first]!);
  let columns = DEFAULT_COLUMNS;
  let start = first;
  const header = splitLine(lines[first]!, separator).map((c) => HEADER_NAMES[c.toLowerCase()]);
  if (header.includes('url') && header.every((c) => c !== undefined)) {
    columns = header as Column[];
    start = first + 1;
    if (!columns.includes('client')) out.problems.push({ line: first + 1, message: 'The header has no client column.' });
  }

  for (let i = start; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    const line = i + 1;
    const cells = splitLine(lines[i]!, separator);
    const get = (c: Column) => cells[columns.indexOf(c)]?.trim() ?? '';
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c !== '')) {
      out.problems.push({ line, message: `More than ${columns.length} columns.` });
      continue;
    }
    const client = get('client');
    const url = normalizeSiteUrl(get('url'));
    if (!client) out.problems.push({ line, message: 'The client’s name is missing.' });
    if (!url.ok) out.problems.push({ line, message: url.message });
    if (!client || !url.ok) continue;
    const email = get('client_email');
    const label = get('label');
    out.rows.push({ client, url: url.url, ...(label ? { label } : {}), ...(email ? { client_email: email } : {}) });
    out.lines.push(line);
  }
  if (out.rows.length > MAX_IMPORT_ROWS) out.problems.push({ line: out.lines[MAX_IMPORT_ROWS]!, message: `At most ${MAX_IMPORT_ROWS.toLocaleString('en')} sites per import; split the list.` });
  return out;
}

/** The hub's row-numbered problems (`/rows/3/url`) as lines of the pasted text. */
export function problemsByLine(details: unknown, parsed: ParsedImport): { line: number; message: string }[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: { path?: unknown; message?: unknown }) => {
    const m = typeof d.path === 'string' ? /^\/rows\/(\d+)\//.exec(d.path) : null;
    const line = m ? parsed.lines[Number(m[1])] : undefined;
    return line !== undefined && typeof d.message === 'string' ? [{ line, message: `${d.message.charAt(0).toUpperCase()}${d.message.slice(1)}.` }] : [];
  });
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The imported sites with their codes, for the freelancer's deployment scripts or spreadsheet. */
export function codesCsv(result: ImportResult): string {
  const head = ['client', 'label', 'url', 'site_id', 'enrollment_code', 'code_expires_at', 'hub_url'];
  const body = result.sites.map((s) => [s.client_name, s.label, s.url, s.site_id, s.code ?? '', s.code_expires_at ?? '', result.hub_url].map(csvCell).join(','));
  return `${[head.join(','), ...body].join('\r\n')}\r\n`;
}
