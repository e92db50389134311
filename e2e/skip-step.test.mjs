import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';
import { COCKPIT } from './support/cockpit.mjs';
import { api, baseUrl, engine, netbox } from './support/rest.mjs';
import { addPlannedRouter, awaitProcessStatus, openTaskOverApi } from './support/routers.mjs';
import { logIn } from './support/tasklist.mjs';

const browserTest = useBrowser();
const TAB = 'li[ng-repeat="tabProvider in Tabs.providers"] a';

// Its own router (loc16), so it runs in any order beside the other files.
browserTest('an operator skips a failed NetBox step with a reason in Cockpit; a viewer is offered neither skip nor migration', async (page) => {
  const router = await addPlannedRouter(16);
  const started = await api.post('/processes/create_node', { device_id: router.id });
  const task = await openTaskOverApi(started.id);
  await netbox.injectFault({ method: 'PATCH', pathPattern: `/api/dcim/devices/${router.id}/`, mode: 'FAIL', status: 503, times: 20 });
  try {
    await api.post(`/processes/${started.id}/tasks/${task.id}`, { config_applied: true });
    await awaitProcessStatus(started.id, 'failed');
  } finally {
    await netbox.clearFaults();
  }
  const definitionId = (await engine.get(`/process-instance/${started.id}`)).definitionId;

  await logIn(page, COCKPIT, 'viewer');
  await openSubscriptionsTab(page, started.id);
  await page.locator('.nso-table a', { hasText: 'Node loc16-core' }).waitFor();
  assert.equal(await page.locator('form.nso-skip').count(), 0, 'no Skip for a viewer');
  await page.goto(`${baseUrl()}${COCKPIT}#/process-definition/${definitionId}/runtime`);
  // the definition view's tabs are drawn by another template than the instance view's
  await page.locator('.ctn-tabbed-content a, .nav-tabs a', { hasText: /^\s*Migration\s*$/ }).first().click();
  await page.getByText('Only admins move running workflows to a new version.').waitFor();
  assert.equal(await page.locator('button[data-migration]').count(), 0, 'no migration for a viewer');

  await page.context().clearCookies();
  await logIn(page, COCKPIT, 'operator');
  await openSubscriptionsTab(page, started.id);
  const skip = page.locator('form.nso-skip[data-activity="serviceTask_updateNodeStatusInNetBox"]');
  await skip.getByText('device set active in NetBox by hand').waitFor();
  await skip.locator('input[name="reason"]').fill('PATCH refused; set active in the NetBox UI');
  await skip.locator('button', { hasText: 'Skip' }).click();
  await page.getByText('Skipped Update node status in NetBox').waitFor();

  const done = await awaitProcessStatus(started.id, 'completed');
  assert.equal(done.outcome, 'endEvent_nodeActive');
  const events = await api.get(`/subscriptions/${done.subscription_ids[0]}/events`);
  const skipped = events.find((event) => event.field === 'skipped_step');
  assert.equal(skipped.actor, 'operator');
  assert.equal(skipped.activity_id, 'serviceTask_updateNodeStatusInNetBox');
  assert.equal(skipped.reason, 'PATCH refused; set active in the NetBox UI');
});

async function openSubscriptionsTab(page, processInstanceId) {
  await page.goto(`${baseUrl()}${COCKPIT}#/process-instance/${processInstanceId}/runtime`);
  await page.locator(TAB, { hasText: /^\s*Subscriptions\s*$/ }).click();
}
