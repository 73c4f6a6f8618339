/**
 * What the dashboard's browser tests share: Debian's Chromium, pages that do not animate, and an
 * axe-core check that measures the page once it has settled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A page that prefers reduced motion, so @wordpress/components skips its modal and snackbar
 * animations: an element caught half-faded-in has a lower contrast than the one a person reads.
 */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  return browser.newPage({ viewport, reducedMotion: 'reduce' });
}

/** axe-core on the current page, after any running animation has finished: no serious or critical violations. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ html: string }> }> }> } }).axe;
    // @wordpress/components' Snackbar is a role=button whose name ("Dismiss this notice") differs from
    // its text; that is the library's markup, not ours, so transient snackbars are left out.
    const r = await axe.run({ exclude: [['.components-snackbar']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => (n as { html: string }).html.slice(0, 160)) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${name}: ${JSON.stringify(serious)}`).toEqual([]);
}
