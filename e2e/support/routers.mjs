import { api, engine, eventually, netbox } from './rest.mjs';

/**
 * Adds a planned router to the NetBox simulator, shaped like the seeded ones (same device type and role, its own
 * site, a loopback with primary IPv4 and IPv6 addresses) but with only `ports` 400G ports and one 100G port.
 * A test that needs routers of its own adds them, so the seeded loc1..loc5 stay for the tests that name them.
 */
export async function addPlannedRouter(n, { ports = 2 } = {}) {
  const name = `loc${n}-core`;
  const model = (await netbox.get('/api/dcim/devices/?name=loc1-core')).results[0];
  const site = await netbox.post('/api/dcim/sites/', { name: `Location ${n}`, slug: `location-${n}` });
  const device = await netbox.post('/api/dcim/devices/', {
    name, device_type: model.device_type.id, role: model.role.id, site: site.id, status: 'planned',
  });
  for (let connector = 1; connector <= ports; connector++) {
    await netbox.post('/api/dcim/interfaces/', {
      device: device.id, name: `1/1/c${connector}/1`, type: '400gbase-x-qsfpdd', speed: 400_000_000,
    });
  }
  await netbox.post('/api/dcim/interfaces/', {
    device: device.id, name: '2/1/c1/1', type: '100gbase-x-qsfp28', speed: 100_000_000,
  });
  const loopback = await netbox.post('/api/dcim/interfaces/', { device: device.id, name: 'loopback0', type: 'virtual' });
  const address = (cidr) => netbox.post('/api/ipam/ip-addresses/', {
    address: cidr, status: 'active', role: 'loopback', dns_name: `${name}.igp.orch.example.com`,
    assigned_object_type: 'dcim.interface', assigned_object_id: loopback.id,
  });
  const ipv4 = await address(`10.0.0.${n}/32`);
  const ipv6 = await address(`2001:db8::${n}/128`);
  await netbox.patch(`/api/dcim/devices/${device.id}/`, { primary_ip4: ipv4.id, primary_ip6: ipv6.id });
  return { id: device.id, name };
}

/** Enrolls a planned router over our API: create_node with its device id, then "Configuration applied". */
export async function enrollOverApi(deviceId) {
  const started = await api.post('/processes/create_node', { device_id: deviceId });
  const task = await openTaskOverApi(started.id);
  await api.post(`/processes/${started.id}/tasks/${task.id}`, { config_applied: true });
  await awaitProcessStatus(started.id, 'completed');
  return started.id;
}

/** The circuit subscription whose description ends in that circuit block description, or undefined. */
export async function circuitSubscription(blockDescription) {
  const page = await api.get(`/subscriptions?q=${encodeURIComponent(blockDescription)}&size=200`);
  return page.items.find((subscription) => subscription.description.endsWith(`: ${blockDescription}`));
}

export async function processState(processInstanceId) {
  return (await engine.get(`/history/process-instance/${processInstanceId}`)).state;
}

/** The open task of a process over our API once it has one (waiting for the job before it to run). */
export async function openTaskOverApi(processId) {
  const waiting = await eventually(`an open task of ${processId}`, async () => {
    const process = await api.get(`/processes/${processId}`);
    return process.open_task && process;
  });
  return waiting.open_task;
}

export async function awaitProcessStatus(processId, status, timeoutMs = 60_000) {
  return eventually(`process ${processId} ${status}`, async () => {
    const process = await api.get(`/processes/${processId}`);
    return process.status === status && process;
  }, { timeoutMs });
}

/**
 * Builds a Circuit 400G over our API between two enrolled routers, on the first 400G port of each, confirming the
 * configuration as soon as it is shown, and returns the circuit subscription once it is ACTIVE and in sync.
 */
export async function buildCircuitOverApi(routerA, routerB) {
  const firstPort = async (router) =>
    (await netbox.get(`/api/dcim/interfaces/?device_id=${router.id}&name=${encodeURIComponent('1/1/c1/1')}`)).results[0].id;
  const [nodeA, nodeB] = await Promise.all([routerA, routerB].map((router) =>
    eventually(`Node ${router.name} ACTIVE`, () => activeNode(router.name))));
  const started = await api.post('/processes/create_circuit', {
    product: 'Circuit 400G', router_a: nodeA.id, router_b: nodeB.id,
    a_port: await firstPort(routerA), b_port: await firstPort(routerB),
  });
  const task = await openTaskOverApi(started.id);
  await api.post(`/processes/${started.id}/tasks/${task.id}`, { config_applied: true });
  const done = await awaitProcessStatus(started.id, 'completed');
  return api.get(`/subscriptions/${done.subscription_ids[0]}`);
}

async function activeNode(name) {
  const page = await api.get(`/subscriptions?product=Node&status=ACTIVE&q=${encodeURIComponent(name)}&size=200`);
  return page.items.find((subscription) => subscription.description === `Node ${name}`);
}
