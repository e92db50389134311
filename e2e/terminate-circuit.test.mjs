import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';
import { api, eventually, netbox } from './support/rest.mjs';
import { addPlannedRouter, buildCircuitOverApi, enrollOverApi, processState } from './support/routers.mjs';
import { chooseOption, complete, logIn, openTaskInTasklist, startProcess } from './support/tasklist.mjs';

const browserTest = useBrowser();

// every kind of NetBox object a circuit writes or describes
const NETBOX_LISTS = ['/api/dcim/cables/', '/api/ipam/prefixes/', '/api/ipam/ip-addresses/', '/api/dcim/interfaces/'];
const PAGE = 500;

browserTest('terminate a circuit through Tasklist, leaving nothing of it in NetBox and its ports free', async (page) => {
  // routers of its own: loc6..loc13 belong to the other browser tests
  const routerA = await addPlannedRouter(14);
  const routerB = await addPlannedRouter(15);
  await Promise.all([enrollOverApi(routerA.id), enrollOverApi(routerB.id)]);
  const circuit = await buildCircuitOverApi(routerA, routerB);
  assert.equal(circuit.status, 'ACTIVE');
  assert.ok((await objectsCarrying(circuit.id)).length > 0, 'the built circuit has objects carrying its marker');

  await logIn(page);
  const terminateId = await startProcess(page, 'Terminate circuit');
  await openTaskInTasklist(page, terminateId, 'Choose circuit to terminate');
  await chooseOption(page, 'Circuit to terminate', circuit.description);
  await complete(page);

  await openTaskInTasklist(page, terminateId, `Remove configuration from ${routerA.name} and ${routerB.name}`);
  await page.getByLabel('Configuration removed').check();
  await complete(page);

  const terminated = await eventually('the circuit TERMINATED over our API', async () => {
    const subscription = await api.get(`/subscriptions/${circuit.id}`);
    return subscription.status === 'TERMINATED' && subscription;
  });
  assert.ok(terminated.end_date, 'a terminated circuit has its end date');
  assert.equal(await processState(terminateId), 'COMPLETED');
  assert.deepEqual(await objectsCarrying(circuit.id), [], 'NetBox keeps nothing carrying the circuit marker');

  // the same first port on each router: create_circuit refuses a port another circuit still holds
  const again = await buildCircuitOverApi(routerA, routerB);
  assert.equal(again.status, 'ACTIVE');
  assert.notEqual(again.id, circuit.id);
});

/** "kind id" of every simulator object whose description or label names the subscription. */
async function objectsCarrying(subscriptionId) {
  const found = [];
  for (const list of NETBOX_LISTS) {
    for (let offset = 0; ; offset += PAGE) {
      const page = await netbox.get(`${list}?limit=${PAGE}&offset=${offset}`);
      page.results.filter((object) => JSON.stringify(object).includes(subscriptionId))
        .forEach((object) => found.push(`${list} ${object.id}`));
      if (page.results.length < PAGE) {
        break;
      }
    }
  }
  return found;
}
