// Times the Cockpit plugin's subscription list in headless Chromium: from asking for #/subscriptions to its first
// row in the page, after a full page load (Cockpit's scripts from the browser cache, as on a second visit) and after
// a click inside Cockpit. Run by SubscriptionListBenchmark against the app it filled:
//   node tools/plugin-first-page.mjs <base url> <label>   (prints BENCHMARK lines; BENCH_BROWSER_RUNS, default 10)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';

const [base, label = ''] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_BROWSER_RUNS || 10);
const WARM_UP = 3;
const COCKPIT = `${base}/camunda/app/cockpit/default/`;

// in every document: the time (since its navigation began, or since the hash was set) at which the first row shows
const WATCH_FIRST_ROW = () => {
  window.nsoBench = { since: 0, firstRow: null };
  new MutationObserver(() => {
    if (window.nsoBench.firstRow === null && document.querySelector('tr.nso-row')) {
      // the frame after the insertion is the one that paints it
      requestAnimationFrame(() => { window.nsoBench.firstRow ??= performance.now() - window.nsoBench.since; });
      window.nsoBench.firstRow = undefined;
    }
  }).observe(document, { childList: true, subtree: true });
};

async function firstRow(page) {
  await page.waitForFunction(() => typeof window.nsoBench?.firstRow === 'number', null, { timeout: 60_000 });
  return page.evaluate(() => window.nsoBench.firstRow);
}

async function logIn(page) {
  await page.goto(COCKPIT);
  const form = page.locator('form[name="signinForm"]');
  await form.locator('input[ng-model="username"]').fill('demo');
  await form.locator('input[ng-model="password"]').fill('demo');
  await form.locator('button[type="submit"]').click();
  await form.waitFor({ state: 'detached' });
}

async function fullLoad(page) {
  await page.goto('about:blank');
  await page.goto(`${COCKPIT}#/subscriptions`, { waitUntil: 'commit' });
  return firstRow(page);
}

async function clickInCockpit(page) {
  await page.evaluate(() => { window.location.hash = '#/processes'; });
  await page.locator('.nso-page').waitFor({ state: 'detached' });
  return page.evaluate(() => new Promise((resolve) => {
    window.nsoBench.firstRow = null;
    window.nsoBench.since = performance.now();
    window.location.hash = '#/subscriptions';
    const poll = () => (typeof window.nsoBench.firstRow === 'number' ? resolve(window.nsoBench.firstRow)
      : setTimeout(poll, 5));
    poll();
  }));
}

function report(what, times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  console.log(`BENCHMARK plugin ${label} ${what.padEnd(28)} first row after p50 ${at(0.5).toFixed(0)} ms, `
    + `p90 ${at(0.9).toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (${times.length} runs)`);
}

const profile = mkdtempSync(join(tmpdir(), 'netorch-bench-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 1000 },
});
try {
  await context.addInitScript(WATCH_FIRST_ROW);
  const page = await context.newPage();
  await logIn(page);
  for (const [what, measure] of [['full page load', fullLoad], ['click inside Cockpit', clickInCockpit]]) {
    const times = [];
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      const ms = await measure(page);
      if (run >= WARM_UP) {
        times.push(ms);
      }
    }
    const shown = await page.locator('tr.nso-row').count();
    if (shown !== 50) {
      throw new Error(`the first page shows ${shown} rows, not 50`);
    }
    report(what, times);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
