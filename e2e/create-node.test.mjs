import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';
import { activeNodeSubscription, engine, eventually } from './support/rest.mjs';
import { chooseOption, clickComplete, complete, logIn, openTaskInTasklist, startProcess } from './support/tasklist.mjs';

const browserTest = useBrowser();

browserTest('create node loc1-core through Tasklist', async (page) => {
  await logIn(page);
  const processInstanceId = await startProcess(page, 'Create node');

  await openTaskInTasklist(page, processInstanceId, 'Select node to enroll');
  const form = page.locator('.fjs-form');
  await form.getByText('Choose a router that NetBox lists as planned').waitFor();
  await form.locator('label.fjs-form-field-label', { hasText: 'Router to enroll' }).waitFor();
  await chooseOption(page, 'Router to enroll', 'loc1-core (Location 1)');
  assert.equal(await page.getByLabel('Router to enroll').inputValue(), 'loc1-core (Location 1)');
  await complete(page);

  await openTaskInTasklist(page, processInstanceId, 'Apply configuration to loc1-core');
  const config = form.locator('pre');
  await config.waitFor();
  const configText = await config.innerText();
  assert.match(configText, /hostname loc1-core/);
  assert.match(configText, /ip address 10\.0\.0\.1 255\.255\.255\.255/);
  assert.match(await config.evaluate((element) => getComputedStyle(element).fontFamily), /mono|courier|consolas|menlo/i);
  await page.getByLabel('Configuration applied').check();
  await complete(page);

  const subscription = await eventually('Node loc1-core ACTIVE over our API', () => activeNodeSubscription('loc1-core'));
  assert.equal(subscription.status, 'ACTIVE');
  await eventually('Node loc1-core in sync', async () => (await activeNodeSubscription('loc1-core'))?.insync);
  const history = await engine.get(`/history/process-instance/${processInstanceId}`);
  assert.equal(history.state, 'COMPLETED');
});
