import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';
import { activeNodeSubscription, baseUrl, engine, eventually, openTask, startCreateNode } from './support/rest.mjs';
import { complete, logIn, openTaskInTasklist, TASKLIST } from './support/tasklist.mjs';

const browserTest = useBrowser();

browserTest('a viewer sees the task but cannot claim or complete it; an operator completes it', async (page) => {
  const processInstanceId = await startCreateNode('loc5-core');
  const task = await openTask(processInstanceId, 'Apply configuration to loc5-core');

  await logIn(page, TASKLIST, 'viewer');
  await page.goto(`${baseUrl()}${TASKLIST}#/?task=${task.id}`);
  await page.locator('.task-card h2.task', { hasText: 'Apply configuration to loc5-core' }).waitFor();
  await page.locator('.fjs-form pre', { hasText: 'hostname loc5-core' }).waitFor();
  await page.locator('button.claim').click();
  await page.locator('.notifications .alert-danger, .notification.alert-danger, [class*="notification"] .alert-danger').first().waitFor();
  assert.equal(await page.locator('.form-actions button.btn-primary[ng-click="complete()"]').isEnabled(), false);
  const untouched = await engine.get(`/task/${task.id}`);
  assert.equal(untouched.assignee, null);

  await page.context().clearCookies();
  await logIn(page, TASKLIST, 'operator');
  await openTaskInTasklist(page, processInstanceId, 'Apply configuration to loc5-core');
  await page.getByLabel('Configuration applied').check();
  await complete(page);

  await eventually('Node loc5-core ACTIVE over our API', () => activeNodeSubscription('loc5-core'));
  const [done] = await engine.get(`/history/task?processInstanceId=${processInstanceId}&taskId=${task.id}`);
  assert.equal(done.assignee, 'operator');
  assert.ok(done.endTime, 'the operator completed the task');
});
