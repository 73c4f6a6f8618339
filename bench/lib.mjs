// Small helpers shared by the benchmark scripts (loopback only; every script cleans up after itself).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';

/** `--name value` pairs from the command line. */
export const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((a) => a.trim().split(/\s+/)));

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const freePort = () =>
  new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });

/** CPU seconds a process has used (user + kernel, or one of them), from /proc. */
export const cpuOf = (pid, which = 'both') => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const u = Number(f[11]) / 100;
    const s = Number(f[12]) / 100;
    return which === 'user' ? u : which === 'sys' ? s : u + s;
  } catch {
    return 0;
  }
};

/** Pids of the processes whose command name starts with `name`. */
export function pidsOf(name) {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, 'utf8').trim().startsWith(name)) out.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return out;
}

/** A throw-away database on the test PostgreSQL; `drop()` removes it. */
export async function createBenchDatabase(prefix) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * The built hub (`npm run build`) in its own process on a free loopback port, the uptime checker and
 * backup jobs off (seeded sites have made-up hostnames); resolves once /healthz answers.
 */
export async function startBuiltHub(env) {
  const port = await freePort();
  const server = join(import.meta.dirname, '..', 'dashboard-server', 'dist', 'src', 'server.js');
  const child = spawn(process.execPath, [server], { env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', UPTIME_ENABLED: 'false', BACKUP_JOBS_ENABLED: 'false', ...env, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let t = 0; ; t++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (t > 400) throw new Error('hub did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, pid: child.pid, stop: async () => { child.kill('SIGTERM'); await new Promise((r) => child.once('exit', r)); } };
}

/**
 * Debian's Chromium (never a downloaded browser), signed in to the dashboard as `owner`; resolves on
 * the sign-in click. Close `browser` when done.
 */
export async function signedInDashboard(hubUrl, owner) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(hubUrl);
  await page.getByTestId('login-email').fill(owner.email);
  await page.getByTestId('login-password').fill(owner.password);
  await page.getByTestId('login-submit').click();
  return { browser, page };
}
