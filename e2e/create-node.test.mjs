import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';
import { activeNodeSubscription, engine, eventually, openTask, startCreateNode } from './support/rest.mjs';
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

browserTest('select node refuses to complete without a router', async (page) => {
  await logIn(page);
  const processInstanceId = await startProcess(page, 'Create node');
  const task = await openTaskInTasklist(page, processInstanceId, 'Select node to enroll');

  await clickComplete(page);
  const routerField = page.locator('.fjs-form-field-select', { hasText: 'Router to enroll' });
  await routerField.locator('.fjs-form-field-error').waitFor();
  assert.match(await routerField.locator('.fjs-form-field-error').innerText(), /required/i);
  assert.deepEqual(await openTaskIds(processInstanceId), [task.id]);

  // once a router is chosen the same form goes through
  await chooseOption(page, 'Router to enroll', 'loc2-core (Location 2)');
  assert.equal(await routerField.locator('.fjs-form-field-error').count(), 0);
  await complete(page);
  await openTask(processInstanceId, 'Apply configuration to loc2-core');
});

browserTest('apply configuration refuses to complete unless confirmed', async (page) => {
  const processInstanceId = await startCreateNode('loc3-core');
  await logIn(page);
  const task = await openTaskInTasklist(page, processInstanceId, 'Apply configuration to loc3-core');
  await page.locator('.fjs-form pre', { hasText: 'hostname loc3-core' }).waitFor();
  assert.equal(await page.getByLabel('Configuration applied').isChecked(), false);

  // the form itself asks for the box first
  await clickComplete(page);
  const confirmField = page.locator('.fjs-form-field-checkbox', { hasText: 'Configuration applied' });
  assert.match(await confirmField.locator('.fjs-form-field-error').innerText(), /required/i);
  await page.locator('.notifications .alert-danger').first().waitFor();
  assert.deepEqual(await openTaskIds(processInstanceId), [task.id]);

  // a form without that check (stale, tampered, or any client of the REST API) is refused by the engine
  await page.route((url) => url.pathname.endsWith(`/task/${task.id}/deployed-form`), async (route) => {
    const response = await route.fetch();
    const form = await response.json();
    form.components.forEach((component) => delete component.validate);
    await route.fulfill({ response, json: form });
  });
  await page.reload();
  await page.locator('.fjs-form pre', { hasText: 'hostname loc3-core' }).waitFor();
  await clickComplete(page);
  const refusal = page.locator('.notifications .alert-danger', { hasText: 'Configuration applied' });
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /tick 'Configuration applied' once the configuration runs on the router/);
  assert.deepEqual(await openTaskIds(processInstanceId), [task.id]);
  await page.locator('.fjs-form').waitFor();
});

async function openTaskIds(processInstanceId) {
  return (await engine.get(`/task?processInstanceId=${processInstanceId}`)).map((open) => open.id);
}
