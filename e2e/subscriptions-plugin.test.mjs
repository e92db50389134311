import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { useBrowser } from './support/browser.mjs';
import { COCKPIT } from './support/cockpit.mjs';
import { activeNodeSubscription, api, baseUrl, eventually, openTask } from './support/rest.mjs';
import { addPlannedRouter, enrollOverApi } from './support/routers.mjs';
import { logIn } from './support/tasklist.mjs';

const browserTest = useBrowser();

async function openSubscriptions(page, user) {
  await logIn(page, COCKPIT, user);
  await page.goto(`${baseUrl()}${COCKPIT}#/subscriptions`);
  await page.locator('.nso-page h1', { hasText: 'Subscriptions' }).waitFor();
}

browserTest('Cockpit lists and searches subscriptions and opens one with its audit trail and workflows', async (page) => {
  const router = await addPlannedRouter(8);
  await enrollOverApi(router.id);
  const node = await eventually('Node loc8-core ACTIVE', () => activeNodeSubscription('loc8-core'));

  await openSubscriptions(page, 'demo');
  await page.locator('header a, nav a', { hasText: 'Subscriptions' }).first().waitFor();
  await page.getByLabel('Search text').fill('loc8-core');
  await page.locator('.nso-search button[type="submit"]').click();
  const row = page.locator(`tr.nso-row[data-id="${node.id}"]`);
  await row.waitFor();
  assert.equal(await page.locator('tr.nso-row').count(), 1);
  assert.match(await page.locator('.nso-page-info').innerText(), /1 subscriptions/);
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: 'target/e2e/subscriptions-list.png', fullPage: true });
  copyFileSync('target/e2e/subscriptions-list.png', 'docs/screenshots/cockpit-subscriptions.png');

  await row.locator('a').click();
  await page.locator('.nso-page h1', { hasText: 'Node loc8-core' }).waitFor();
  const audit = page.locator('h2:has-text("Audit trail") + table tbody tr');
  assert.ok(await audit.count() > 3, 'the audit trail lists the enrollment');
  await page.locator('td', { hasText: 'create_node' }).first().waitFor();
  assert.ok(await page.locator('button[data-workflow="terminate_node"]').count() === 1, 'the admin sees Terminate');
});

browserTest('a viewer sees a subscription but no actions; the instance view links to its subscription', async (page) => {
  const router = await addPlannedRouter(9);
  const started = await api.post('/processes/create_node', { device_id: router.id });
  await openTask(started.id, 'Apply configuration to loc9-core');
  const process = await api.get(`/processes/${started.id}`);
  const subscriptionId = process.subscription_ids[0];

  await logIn(page, COCKPIT, 'viewer');
  await page.goto(`${baseUrl()}${COCKPIT}#/process-instance/${started.id}/runtime`);
  await page.locator('li[ng-repeat="tabProvider in Tabs.providers"] a', { hasText: /^\s*Subscriptions\s*$/ }).click();
  await page.locator(`a[href="#/subscriptions/${subscriptionId}"]`).click();
  await page.locator('.nso-page h1', { hasText: 'Node loc9-core' }).waitFor();
  await page.locator('h2', { hasText: 'Workflows' }).waitFor();
  assert.equal(await page.locator('button[data-workflow]').count(), 0, 'a viewer gets no actions');
  await page.locator(`a[href="#/process-instance/${started.id}/runtime"]`).click();
  await page.waitForURL(new RegExp(`process-instance/${started.id}/runtime`));
});
