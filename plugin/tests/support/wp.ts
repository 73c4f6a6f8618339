import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { SITE_ENV_FILE } from './paths';

const run = promisify(execFile);

export interface SiteEnv {
  WP_URL: string;
  WP_VERSION: string;
  WP_ADMIN_USER: string;
  WP_ADMIN_PASSWORD: string;
  WP_APP_PASSWORD: string;
  WP_DOCROOT: string;
  WP_EVAL_SCRIPT: string;
  WP_PLUGIN_FILE: string;
  WP_DB_NAME: string;
  WP_DEBUG_LOG: string;
}

let cached: SiteEnv | undefined;

/** The env file written by tests/bin/wp-test-site.sh (KEY=value lines, values maybe single-quoted). */
export function site(): SiteEnv {
  if (!cached) {
    const env: Record<string, string> = {};
    for (const line of readFileSync(SITE_ENV_FILE, 'utf8').split('\n')) {
      const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
      if (m) env[m[1]!] = m[2]!.replace(/^'(.*)'$/, '$1');
    }
    cached = env as unknown as SiteEnv;
  }
  return cached;
}

/** Runs PHP code inside the test WordPress (like `wp eval`) and returns what it printed. */
export async function wpEval(code: string): Promise<string> {
  const s = site();
  try {
    const { stdout } = await run('php', [s.WP_EVAL_SCRIPT, s.WP_DOCROOT, code], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`wp eval failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

/** Runs PHP code that echoes JSON, and parses it. */
export async function wpEvalJson<T = unknown>(code: string): Promise<T> {
  const out = await wpEval(code);
  try {
    return JSON.parse(out) as T;
  } catch {
    throw new Error(`wp eval did not print JSON:\n${out}`);
  }
}

/** A PHP string literal for embedding test values in eval code. */
export function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export interface RestResponse<T = unknown> {
  status: number;
  body: T;
}

/** Calls the site's REST API as the admin (application password), or anonymously. */
export async function rest<T = any>(method: string, route: string, data?: unknown, opts: { anonymous?: boolean } = {}): Promise<RestResponse<T>> {
  const s = site();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (!opts.anonymous) {
    headers.Authorization = `Basic ${Buffer.from(`${s.WP_ADMIN_USER}:${s.WP_APP_PASSWORD}`).toString('base64')}`;
  }
  if (data !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${s.WP_URL}/wp-json${route}`, { method, headers, body: data === undefined ? undefined : JSON.stringify(data) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: res.status, body: body as T };
}
