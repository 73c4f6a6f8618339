import { describe, expect, it } from 'vitest';
import { codesCsv, MAX_IMPORT_ROWS, parseImport, problemsByLine, splitLine } from './site-import';

describe('the site import text', () => {
  it('reads client, address, label and e-mail per line, with commas, semicolons or tabs, skipping blank lines', () => {
    const text = ['Acme Bakery, acme.example, Shop', '', 'Nuovo; ok', 'Nuovo Ristorante\thttps://nuovo.example/\t\tciao@nuovo.example'].join('\n');
    // The first line decides the separator: commas here, so lines 3 and 4 are one cell each.
    const missing = 'Enter the site’s address, for example https://example.com.';
    expect(parseImport(text).problems).toEqual([{ line: 3, message: missing }, { line: 4, message: missing }]);
    expect(parseImport('Acme;acme.example;Shop\nNuovo;nuovo.example').rows).toEqual([
      { client: 'Acme', url: 'https://acme.example', label: 'Shop' },
      { client: 'Nuovo', url: 'https://nuovo.example' },
    ]);
    const tabs = parseImport('Nuovo Ristorante\thttps://nuovo.example/\t\tciao@nuovo.example');
    expect(tabs.rows).toEqual([{ client: 'Nuovo Ristorante', url: 'https://nuovo.example', client_email: 'ciao@nuovo.example' }]);
  });

  it('follows a header line in any order and keeps quoted commas', () => {
    const parsed = parseImport('Site address,E-mail,Client,Name\r\nhttps://a.example,a@a.example,"Rossi, Bianchi & Co","The ""main"" site"\r\n');
    expect(parsed.rows).toEqual([{ client: 'Rossi, Bianchi & Co', url: 'https://a.example', label: 'The "main" site', client_email: 'a@a.example' }]);
    expect(parsed.lines).toEqual([2]);
    expect(parseImport('url,label\nhttps://a.example,A').problems).toEqual([{ line: 1, message: 'The header has no client column.' }, { line: 2, message: 'The client’s name is missing.' }]);
    expect(splitLine('a,"b,c",d', ',')).toEqual(['a', 'b,c', 'd']);
  });

  it('says which line is wrong: no client, a bad address, too many columns, too many sites', () => {
    const parsed = parseImport('Acme,acme.example\n,b.example\nAcme,ftp://c.example\nAcme,d.example,D,d@d.example,extra');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.problems).toEqual([
      { line: 2, message: 'The client’s name is missing.' },
      { line: 3, message: 'The address must start with https:// or http://.' },
      { line: 4, message: 'More than 4 columns.' },
    ]);
    const many = parseImport(Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `C,s${i}.example`).join('\n'));
    expect(many.problems).toEqual([{ line: MAX_IMPORT_ROWS + 1, message: 'At most 1,000 sites per import; split the list.' }]);
  });

  it('puts the hub’s row problems on the lines of the text', () => {
    const parsed = parseImport('\nAcme,a.example\n\nNew Ltd,b.example');
    expect(problemsByLine([{ path: '/rows/1/client_email', message: '"New Ltd" is a new client: give its contact e-mail' }, { path: '/rows/9/url', message: 'x' }, { path: '/other' }], parsed)).toEqual([
      { line: 4, message: '"New Ltd" is a new client: give its contact e-mail.' },
    ]);
    expect(problemsByLine(undefined, parsed)).toEqual([]);
  });

  it('writes the codes as CSV, quoting what needs it', () => {
    const csv = codesCsv({
      hub_url: 'https://hub.example',
      created_clients: [],
      sites: [{ row: 0, site_id: 's1', client_id: 'c1', client_name: 'Rossi, Bianchi', label: 'Main "shop"', url: 'https://a.example', code: 'RTN-AAAA-BBBB-CCCC', code_expires_at: '2026-11-24T10:00:00.000Z' }],
    });
    expect(csv).toBe('client,label,url,site_id,enrollment_code,code_expires_at,hub_url\r\n"Rossi, Bianchi","Main ""shop""",https://a.example,s1,RTN-AAAA-BBBB-CCCC,2026-11-24T10:00:00.000Z,https://hub.example\r\n');
  });
});
