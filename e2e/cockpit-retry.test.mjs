import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';
import { openIncidents, retryIncident, COCKPIT } from './support/cockpit.mjs';
import { activeNodeSubscription, engine, eventually, netbox, openTask, startCreateNode } from './support/rest.mjs';
import { logIn } from './support/tasklist.mjs';

const browserTest = useBrowser();

browserTest('NetBox failure after confirming becomes an incident retried from Cockpit', async (page) => {
  const processInstanceId = await startCreateNode('loc4-core');
  const task = await openTask(processInstanceId, 'Apply configuration to loc4-core');
  await netbox.injectFault({ method: 'PATCH', pathPattern: '/api/dcim/devices/*/', mode: 'FAIL', status: 503, times: 5 });
  try {
    await engine.post(`/task/${task.id}/submit-form`, { variables: { config_applied: { value: true } } });
    await eventually('an incident', async () => (await engine.get(`/incident?processInstanceId=${processInstanceId}`)).length);

    await logIn(page, COCKPIT);
    const rows = await openIncidents(page, processInstanceId);
    assert.equal(await rows.count(), 1);
    const message = (await rows.first().locator('td.message').innerText()).trim();
    assert.ok(message.startsWith('Update node status in NetBox: PATCH /api/dcim/devices/'), message);
    assert.match(message, /503/);
  } finally {
    await netbox.clearFaults();
  }

  await retryIncident(page, (await openIncidents(page, processInstanceId)).first());
  await page.getByText('No incidents').waitFor();

  const finished = await eventually('the process completed', async () => {
    const history = await engine.get(`/history/process-instance/${processInstanceId}`);
    return history.state === 'COMPLETED' && history;
  });
  assert.equal(finished.state, 'COMPLETED');
  const subscription = await eventually('Node loc4-core ACTIVE over our API', () => activeNodeSubscription('loc4-core'));
  assert.equal(subscription.insync, true);
  assert.equal((await netbox.get(`/api/dcim/devices/${subscription.node.node_id}/`)).status.value, 'active');
});
