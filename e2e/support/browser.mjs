import { after, before, test } from 'node:test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SCREENSHOT_DIR = join('target', 'e2e');
const WAIT_MS = 30_000;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

function screenshotPath(testName) {
  return join(SCREENSHOT_DIR, `${testName.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '')}.png`);
}

/**
 * Declares the tests of one file against one headless Chromium (with a fresh profile), launched before its first
 * test and closed after its last. Returns browserTest(name, body): body gets a fresh page, and the last screen is
 * saved as target/e2e/<test name>.png whether the test passed or not.
 */
export function useBrowser() {
  let context;
  let profileDir;
  before(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // Playwright refuses --user-data-dir in args; a persistent context is how Chromium gets a profile of our own
    profileDir = mkdtempSync(join(tmpdir(), 'netorch-e2e-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 1000 },
    });
    context.setDefaultTimeout(WAIT_MS);
    context.setDefaultNavigationTimeout(WAIT_MS);
  });
  after(async () => {
    await context?.close();
    if (profileDir) {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });

  return (name, body) => test(name, { timeout: 180_000 }, async () => {
    await context.clearCookies();
    const page = await context.newPage();
    try {
      await body(page);
    } finally {
      await page.screenshot({ path: screenshotPath(name), fullPage: true }).catch(() => {});
      await page.close();
    }
  });
}
