import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';
import { COCKPIT } from './support/cockpit.mjs';
import { logIn } from './support/tasklist.mjs';

const browserTest = useBrowser();

// Tasklist last: the first webapp page of a fresh app can take longer than a test's wait on a busy machine
for (const [app, path] of [['Cockpit', COCKPIT], ['Admin', '/camunda/app/admin/default/'],
  ['Tasklist', '/camunda/app/tasklist/default/']]) {
  browserTest(`${app} is branded Network Orchestrator without the CE end-of-life banner`, async (page) => {
    await logIn(page, path);
    const brand = page.locator('.navbar-brand');
    await brand.waitFor();
    assert.match(await brand.innerText(), /Network Orchestrator/);
    assert.match(await page.title(), /Network Orchestrator/);
    // the banner is still in the page for Camunda's own code, but nobody sees it
    const banner = page.locator('.ce-eol-banner');
    assert.ok(await banner.count() >= 1, 'the webapp still renders its banner element');
    assert.equal(await banner.first().isVisible(), false);
  });
}
