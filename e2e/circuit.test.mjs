import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';
import { eventually } from './support/rest.mjs';
import { addPlannedRouter, circuitSubscription, enrollOverApi, processState } from './support/routers.mjs';
import { chooseOption, complete, logIn, openTaskInTasklist, startProcess } from './support/tasklist.mjs';

const browserTest = useBrowser();

browserTest('create a circuit between two routers and take it out of maintenance through Tasklist', async (page) => {
  // routers of its own, so the file runs in any order beside the tests that enroll loc1..loc5
  const routerA = await addPlannedRouter(6);
  const routerB = await addPlannedRouter(7);
  await Promise.all([enrollOverApi(routerA.id), enrollOverApi(routerB.id)]);

  await logIn(page);
  const createId = await startProcess(page, 'Create circuit');
  await openTaskInTasklist(page, createId, 'Choose product and A-side node');
  await chooseOption(page, 'Product', 'Circuit 400G');
  await chooseOption(page, 'A-side node', routerA.name);
  await complete(page);

  await openTaskInTasklist(page, createId, 'Choose B-side node');
  const offeredB = await optionTexts(page, 'B-side node');
  assert.ok(offeredB.includes(routerB.name), `B side offers ${offeredB}`);
  assert.ok(!offeredB.includes(routerA.name), `B side offers the A side: ${offeredB}`);
  await page.keyboard.press('Escape');
  await chooseOption(page, 'B-side node', routerB.name);
  await complete(page);

  await openTaskInTasklist(page, createId, `Choose ports on ${routerA.name} and ${routerB.name}`);
  const portA = await chooseFirstOption(page, 'Port on the A-side node');
  const portB = await chooseFirstOption(page, 'Port on the B-side node');
  assert.equal(portA, '1/1/c1/1');
  assert.equal(portB, '1/1/c1/1');
  await complete(page);

  await confirmCircuitConfig(page, createId, [routerA, routerB], portA, 'isis metric 15000000');
  const description = `${routerA.name}:${portA} <--> ${routerB.name}:${portB}`;
  const created = await eventually('the circuit ACTIVE and in sync over our API', async () => {
    const circuit = await circuitSubscription(description);
    return circuit?.status === 'ACTIVE' && circuit.insync && circuit;
  });
  assert.match(created.description, new RegExp(`^Circuit ID \\d+: ${literal(description)}$`));
  assert.equal(created.circuit.under_maintenance, true);
  assert.equal(await processState(createId), 'COMPLETED');

  const modifyId = await startProcess(page, 'Modify circuit');
  await openTaskInTasklist(page, modifyId, 'Choose circuit to modify');
  await chooseOption(page, 'Circuit to modify', created.description);
  await complete(page);

  await openTaskInTasklist(page, modifyId, `Choose maintenance mode for ${created.circuit.circuit_description}`);
  const maintenance = page.getByLabel('Under maintenance (drain traffic from this circuit)');
  assert.equal(await maintenance.isChecked(), true, 'the box shows the circuit as it stands: under maintenance');
  await maintenance.uncheck();
  await complete(page);

  await confirmCircuitConfig(page, modifyId, [routerA, routerB], portA, 'isis metric 10');
  const modified = await eventually('the circuit out of maintenance, ACTIVE and in sync', async () => {
    const circuit = await circuitSubscription(description);
    return circuit?.circuit.under_maintenance === false && circuit.status === 'ACTIVE' && circuit.insync && circuit;
  });
  assert.equal(modified.id, created.id);
  assert.equal(await processState(modifyId), 'COMPLETED');
});

async function confirmCircuitConfig(page, processInstanceId, routers, port, metricLine) {
  const names = routers.map((router) => router.name);
  await openTaskInTasklist(page, processInstanceId, `Apply configuration to ${names[0]} and ${names[1]}`);
  const blocks = page.locator('.fjs-form pre');
  await blocks.nth(1).waitFor();
  assert.equal(await blocks.count(), 2);
  for (const [index, name] of names.entries()) {
    const text = await blocks.nth(index).innerText();
    assert.match(text, new RegExp(`into ${name} `));
    assert.match(text, new RegExp(`^interface ${literal(port)}$`, 'm'));
    assert.match(text, new RegExp(`^ ${metricLine} level-2$`, 'm'));
    assert.match(text, new RegExp(`^ no passive-interface ${literal(port)}$`, 'm'));
  }
  assert.match(await blocks.first().evaluate((element) => getComputedStyle(element).fontFamily), /mono|courier|consolas|menlo/i);
  await page.getByLabel('Configuration applied').check();
  await complete(page);
}

function selectField(page, label) {
  return page.locator('.fjs-form-field-select', {
    has: page.locator('label.fjs-form-field-label', { hasText: label }),
  });
}

async function optionTexts(page, label) {
  const field = selectField(page, label);
  await field.locator('.fjs-select-display, input.fjs-input').click();
  await field.locator('.fjs-dropdownlist-item').first().waitFor();
  return (await field.locator('.fjs-dropdownlist-item').allInnerTexts()).map((text) => text.trim());
}

async function chooseFirstOption(page, label) {
  const [first] = await optionTexts(page, label);
  await selectField(page, label).locator('.fjs-dropdownlist-item').first().click();
  return first;
}

function literal(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
