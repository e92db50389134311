import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';
import { COCKPIT } from './support/cockpit.mjs';
import { api, baseUrl, engine, eventually, netbox } from './support/rest.mjs';
import {
  addPlannedRouter, awaitProcessStatus, buildCircuitOverApi, enrollOverApi, openTaskOverApi,
} from './support/routers.mjs';
import { readmeScreenshot } from './support/screenshots.mjs';
import { complete, logIn, openTaskInTasklist } from './support/tasklist.mjs';

const browserTest = useBrowser();
const PLUGIN_SOURCES = [
  'src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/subscriptions/plugin.js',
  'src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/config.js',
  'src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/styles/user-styles.css',
  'e2e/subscriptions-plugin.test.mjs',
];

// Routers of this file only (loc8..loc13), so it runs in any order beside the other files. The circuit and the
// waiting node are made once, by whichever test needs them first.
let circuitFixture;
function circuit() {
  circuitFixture ??= (async () => {
    const [a, b] = [await addPlannedRouter(8), await addPlannedRouter(9)];
    await Promise.all([enrollOverApi(a.id), enrollOverApi(b.id)]);
    return { subscription: await buildCircuitOverApi(a, b), routers: [a, b] };
  })();
  return circuitFixture;
}

let waitingNodeFixture;
/** create_node for loc10 waiting at its configuration task: its subscription is out of sync and being worked on. */
function waitingNode() {
  waitingNodeFixture ??= (async () => {
    const router = await addPlannedRouter(10);
    const started = await api.post('/processes/create_node', { device_id: router.id });
    await openTaskOverApi(started.id);
    const process = await api.get(`/processes/${started.id}`);
    return { processId: started.id, subscriptionId: process.subscription_ids[0] };
  })();
  return waitingNodeFixture;
}

const rows = (page) => page.locator('tr.nso-row');

async function openList(page, user) {
  await logIn(page, COCKPIT, user);
  await page.locator('a[href="#/subscriptions"]', { hasText: 'Subscriptions' }).first().click();
  await page.locator('.nso-page h1', { hasText: 'Subscriptions' }).waitFor();
  await page.locator('.nso-page-info').waitFor();
}

/** Sets the filters of the list's search form (unnamed ones to "any"), submits, and waits for the page it asked for. */
async function search(page, filters) {
  // as Cockpit's router writes the address back: spaces as %20
  const query = ['product', 'status', 'insync', 'q'].filter((name) => filters[name])
    .map((name) => `${name}=${encodeURIComponent(filters[name])}`).join('&');
  const target = `#/subscriptions?${query}`;
  const shown = await page.locator('.nso-page').elementHandle();
  const reloads = !page.url().endsWith(target);
  await page.getByLabel('Product').selectOption(filters.product ?? '');
  await page.getByLabel('Status').selectOption(filters.status ?? '');
  await page.getByLabel('In sync').selectOption(filters.insync ?? '');
  await page.getByLabel('Search text').fill(filters.q ?? '');
  await page.locator('.nso-search button[type="submit"]').click();
  if (reloads) {
    // Cockpit draws the route again for the new address: the page shown until now goes away
    await page.waitForURL((url) => url.href.endsWith(target));
    await shown.waitForElementState('hidden');
  }
  await page.locator('.nso-page-info').waitFor();
}

async function columnOf(page, heading) {
  const headings = (await page.locator('.nso-results thead th').allInnerTexts()).map((text) => text.trim());
  const index = headings.indexOf(heading);
  assert.ok(index >= 0, `column ${heading} in ${headings}`);
  return (await rows(page).locator(`td:nth-child(${index + 1})`).allInnerTexts()).map((text) => text.trim());
}

async function openSubscription(page, subscriptionId, title) {
  await page.goto(`${baseUrl()}${COCKPIT}#/subscriptions/${subscriptionId}`);
  await page.locator('.nso-page h1', { hasText: title }).waitFor();
  await page.locator('.nso-page h2', { hasText: 'Audit trail' }).waitFor();
}

browserTest('the list searches subscriptions by product, status, in sync and text', async (page) => {
  const { subscription: built } = await circuit();
  const waiting = await waitingNode();

  await openList(page, 'demo');
  assert.ok(await rows(page).count() >= 3, 'the unfiltered list shows the subscriptions');

  await search(page, { product: 'Circuit 400G' });
  assert.ok((await columnOf(page, 'Product')).every((product) => product === 'Circuit 400G'));
  await page.locator(`tr.nso-row[data-id="${built.id}"]`).waitFor();
  assert.match(page.url(), /#\/subscriptions\?product=Circuit%20400G$/);

  await search(page, { q: 'loc8-core' });
  assert.deepEqual((await columnOf(page, 'Description')).sort(), [built.description, 'Node loc8-core'].sort());
  assert.match(await page.locator('.nso-page-info').innerText(), /· 2 subscriptions/);

  await search(page, { product: 'Node', status: 'ACTIVE', insync: 'true', q: 'loc' });
  const active = await columnOf(page, 'Description');
  assert.ok(active.includes('Node loc8-core') && active.includes('Node loc9-core'), `${active}`);
  assert.ok(!active.includes('Node loc10-core'), 'loc10-core is not enrolled yet');
  assert.ok((await columnOf(page, 'In sync')).every((insync) => insync === 'yes'));

  await search(page, { insync: 'false', q: 'loc10-core' });
  assert.deepEqual(await rows(page).evaluateAll((found) => found.map((row) => row.dataset.id)), [waiting.subscriptionId]);
  assert.deepEqual(await columnOf(page, 'In sync'), ['no']);

  await search(page, { q: 'no such text anywhere' });
  await page.getByText('No subscription matches.').waitFor();

  // a reload keeps the filters: they live in the address
  await search(page, { q: 'loc8-core' });
  await page.reload();
  await page.locator(`tr.nso-row[data-id="${built.id}"]`).waitFor();
  assert.equal(await page.getByLabel('Search text').inputValue(), 'loc8-core');

  // the README's picture: this file's nodes and circuit, one of them out of sync, down to the failed workflows
  await search(page, { q: '-core' });
  await page.locator(`tr.nso-row[data-id="${waiting.subscriptionId}"]`).waitFor();
  await page.locator('.nso-failed h2', { hasText: 'Failed workflows' }).waitFor();
  const end = await page.locator('.nso-failed').boundingBox();
  await readmeScreenshot(page, 'subscriptions-plugin', PLUGIN_SOURCES,
    { clip: { x: 0, y: 0, width: 1400, height: Math.ceil(end.y + end.height + 20) } });
});

browserTest('a circuit shows its block, its audit trail and the workflow that built it', async (page) => {
  const { subscription: built, routers: [a, b] } = await circuit();

  await openList(page, 'demo');
  await search(page, { q: 'loc8-core', product: 'Circuit 400G' });
  await page.locator(`tr.nso-row[data-id="${built.id}"] a`).click();
  await page.locator('.nso-page h1', { hasText: built.description }).waitFor();

  const fields = await page.locator('.nso-fields').evaluateAll((lists) => lists.map((list) => list.innerText));
  const [summary, block, endA, endB] = fields;
  assert.match(summary, /Status\s+ACTIVE/);
  assert.match(summary, /In sync\s+yes/);
  assert.match(block, new RegExp(`NetBox cable\\s+${built.circuit.circuit_id}`));
  assert.match(block, /Cable status\s+connected/);
  assert.match(endA, /NetBox interface\s+\d+/);
  assert.match(endA, /Port\s+1\/1\/c1\/1/);
  assert.match(endA, new RegExp(`Node subscription\\s+${built.circuit.endpoint_a.node_subscription_id}`));
  assert.match(endB, /IPv6 address\s+2001:db8:/);
  assert.equal(await page.locator('h2', { hasText: /^Endpoint [AB]$/ }).count(), 2);

  const workflows = page.locator('h2:has-text("Workflows") + table tbody tr');
  assert.equal(await workflows.count(), 1);
  assert.match(await workflows.first().innerText(), /create_circuit\s+completed/);

  const audit = page.locator('h2:has-text("Audit trail") + table tbody tr');
  const trail = await audit.allInnerTexts();
  assert.ok(trail.some((row) => /\bstatus\s+PROVISIONING\s+ACTIVE\b/.test(row)), trail.join('\n'));
  assert.ok(trail.some((row) => /\bdemo\b/.test(row)), 'the audit trail names who built it');
  assert.ok(trail.length > 5, `the audit trail lists the build, step by step: ${trail.length} rows`);

  // back to the list as it was filtered
  await page.locator('a', { hasText: '← Subscriptions' }).click();
  await page.locator(`tr.nso-row[data-id="${built.id}"]`).waitFor();
  assert.equal(await page.getByLabel('Search text').inputValue(), 'loc8-core');
  assert.ok([a, b].every((router) => router.name.startsWith('loc')));
});

browserTest('a viewer reads subscriptions but gets no action; the instance view links back', async (page) => {
  const { subscription: built } = await circuit();
  const waiting = await waitingNode();

  await openList(page, 'viewer');
  await page.locator('.nso-failed h2', { hasText: 'Failed workflows' }).waitFor();
  assert.equal(await page.locator('.nso-failed button').count(), 0, 'no "Retry all failed" for a viewer');

  await openSubscription(page, built.id, built.description);
  assert.equal(await page.locator('.nso-page button').count(), 0, 'no workflow buttons for a viewer');

  // out of sync and being worked on: still nothing to click but the link to the running workflow
  await openSubscription(page, waiting.subscriptionId, 'Node loc10-core');
  assert.equal(await page.locator('.nso-page button, .nso-page form.nso-insync').count(), 0);
  await page.locator(`a[href="#/process-instance/${waiting.processId}/runtime"]`).click();
  await page.waitForURL(new RegExp(`#/process-instance/${waiting.processId}/runtime`));
  await page.locator('li[ng-repeat="tabProvider in Tabs.providers"] a', { hasText: /^\s*Subscriptions\s*$/ }).click();
  await page.locator(`a[href="#/subscriptions/${waiting.subscriptionId}"]`).click();
  await page.locator('.nso-page h1', { hasText: 'Node loc10-core' }).waitFor();
  await page.locator('h2:has-text("Workflows") + table tbody tr', { hasText: 'create_node' }).waitFor();
  assert.match(await page.locator('h2:has-text("Workflows") + table tbody tr').first().innerText(), /waiting/);
  // Cockpit itself still knows the viewer after all these calls to our API
  await page.locator(`a[href="#/process-instance/${waiting.processId}/runtime"]`).click();
  await page.locator('li[ng-repeat="tabProvider in Tabs.providers"] a', { hasText: /^\s*Incidents\s*$/ }).waitFor();
  assert.equal(await page.getByText('Authentication failed').count(), 0);
});

browserTest('an operator modifies a circuit from its page and finishes in Tasklist, then sets it in sync with a reason', async (page) => {
  const { subscription: built, routers: [a, b] } = await circuit();
  const description = built.circuit.circuit_description;

  await openList(page, 'operator');
  await openSubscription(page, built.id, built.description);
  const offered = (await page.locator('.nso-actions button[data-workflow]').allInnerTexts()).map((text) => text.trim());
  assert.deepEqual(offered, ['Modify', 'Validate', 'Terminate'], 'deployed workflows only');
  await page.locator('button[data-workflow="modify_circuit"]').click();

  await page.waitForURL(/\/tasklist\/default\/#\/\?task=/);
  const taskName = `Choose maintenance mode for ${description}`;
  await page.locator('.task-card h2.task', { hasText: taskName }).waitFor();
  const modify = await eventually('the modify_circuit process', async () => (await api.get(
    `/processes?workflow=modify_circuit&subscription=${built.id}&status=waiting`)).items[0]?.process_id);
  await page.locator('button.claim').click();
  await page.locator('.fjs-form').waitFor();
  const maintenance = page.getByLabel('Under maintenance (drain traffic from this circuit)');
  const wasUnder = await maintenance.isChecked();
  await maintenance.setChecked(!wasUnder);
  await complete(page);

  await openTaskInTasklist(page, modify, `Apply configuration to ${a.name} and ${b.name}`);
  await page.getByLabel('Configuration applied').check();
  await complete(page);
  await awaitProcessStatus(modify, 'completed');

  await page.goto(`${baseUrl()}${COCKPIT}#/subscriptions/${built.id}`);
  await page.locator('.nso-page h1', { hasText: built.description }).waitFor();
  assert.match(await page.locator('.nso-fields').nth(1).innerText(), new RegExp(`Under maintenance\\s+${wasUnder ? 'no' : 'yes'}`));
  await page.locator('h2:has-text("Workflows") + table tbody tr', { hasText: 'modify_circuit' }).waitFor();
  const [done] = await page.locator('h2:has-text("Workflows") + table tbody tr', { hasText: 'modify_circuit' }).allInnerTexts();
  assert.match(done, /completed/);
  assert.match(done, /\boperator\b/);

  // a modify cancelled in Cockpit (the engine's delete, which skips our API's abort and so puts nothing back) leaves
  // the circuit out of sync; the operator says why it is fine again
  const cancelled = await api.post('/processes/modify_circuit', { subscription_id: built.id });
  await openTaskOverApi(cancelled.id);
  await engine.delete(`/process-instance/${cancelled.id}`);
  await page.reload();
  await page.locator('.nso-page h1', { hasText: built.description }).waitFor();
  const reason = 'Both routers checked by hand after the cancelled modify';
  await page.getByLabel('Reason').fill(reason);
  await page.locator('form.nso-insync button[type="submit"]').click();
  // hasText reads textContent, where a term and its value touch
  await page.locator('.nso-fields', { hasText: /In sync\s*yes/ }).first().waitFor();
  const insync = page.locator('h2:has-text("Audit trail") + table tbody tr', { hasText: reason });
  await insync.first().waitFor();
  assert.match(await insync.last().innerText(), /\boperator\b.*\bapi\b.*\binsync\b.*\bfalse\b.*\btrue\b/s);
  assert.equal(await page.locator('form.nso-insync').count(), 0);
});

browserTest('an operator retries three failed workflows at once from the list', async (page) => {
  const routers = [await addPlannedRouter(11), await addPlannedRouter(12), await addPlannedRouter(13)];
  await netbox.injectFault({ method: 'PATCH', pathPattern: '/api/dcim/devices/*/', mode: 'FAIL', status: 503, times: 1000 });
  let failed;
  try {
    failed = await Promise.all(routers.map(async (router) => {
      const started = await api.post('/processes/create_node', { device_id: router.id });
      const task = await openTaskOverApi(started.id);
      await api.post(`/processes/${started.id}/tasks/${task.id}`, { config_applied: true });
      await awaitProcessStatus(started.id, 'failed');
      return started.id;
    }));
  } finally {
    await netbox.clearFaults();
  }

  await openList(page, 'operator');
  for (const id of failed) {
    await page.locator(`.nso-failed a[href="#/process-instance/${id}/runtime"]`).waitFor();
  }
  const header = await page.locator('.nso-failed h2').innerText();
  assert.ok(Number(header.match(/\((\d+)\)/)[1]) >= 3, header);
  assert.match(await page.locator('.nso-failed tbody tr', { has: page.locator(`a[href*="${failed[0]}"]`) }).innerText(),
    /Update node status in NetBox: PATCH \/api\/dcim\/devices\/\d+\/ .*503/);

  await page.locator('.nso-failed button', { hasText: 'Retry all failed' }).click();
  const result = await page.locator('.nso-retry-result', { hasText: /^Retried \d+/ }).innerText();
  assert.ok(Number(result.match(/Retried (\d+)/)[1]) >= 3, result);
  for (const id of failed) {
    assert.equal(await page.locator(`.nso-failed a[href="#/process-instance/${id}/runtime"]`).count(), 0);
  }
  for (const id of failed) {
    await awaitProcessStatus(id, 'completed');
  }
  for (const router of routers) {
    assert.equal((await netbox.get(`/api/dcim/devices/${router.id}/`)).status.value, 'active');
  }
});
