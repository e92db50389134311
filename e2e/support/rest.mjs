export const NETBOX_TOKEN = '0123456789abcdef0123456789abcdef01234567';
const DEMO_AUTH = `Basic ${Buffer.from('demo:demo').toString('base64')}`;

export function baseUrl() {
  const url = process.env.E2E_BASE_URL;
  if (!url) {
    throw new Error('E2E_BASE_URL is not set: run the browser tests with npm run e2e');
  }
  return url;
}

async function call(method, path, { body, authorization = DEMO_AUTH } = {}) {
  const response = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      Authorization: authorization,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  }
  return text ? JSON.parse(text) : undefined;
}

/** Our own API under /api, as demo. */
export const api = {
  get: (path) => call('GET', `/api${path}`),
  post: (path, body) => call('POST', `/api${path}`, { body }),
};

/** Camunda's REST API under /engine-rest, as demo. */
export const engine = {
  get: (path) => call('GET', `/engine-rest${path}`),
  post: (path, body) => call('POST', `/engine-rest${path}`, { body }),
  delete: (path) => call('DELETE', `/engine-rest${path}`),
};

/** The NetBox simulator: its API under /netbox/api and its fault injection under /netbox/_sim. */
export const netbox = {
  get: (path) => call('GET', `/netbox${path}`, { authorization: `Token ${NETBOX_TOKEN}` }),
  post: (path, body) => call('POST', `/netbox${path}`, { body, authorization: `Token ${NETBOX_TOKEN}` }),
  patch: (path, body) => call('PATCH', `/netbox${path}`, { body, authorization: `Token ${NETBOX_TOKEN}` }),
  injectFault: (fault) => call('POST', '/netbox/_sim/faults', { body: fault, authorization: `Token ${NETBOX_TOKEN}` }),
  clearFaults: () => call('DELETE', '/netbox/_sim/faults', { authorization: `Token ${NETBOX_TOKEN}` }),
};

/** Polls until check() returns something truthy; fails with the last value seen after the limit. */
export async function eventually(description, check, { timeoutMs = 30_000, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) {
        return last;
      }
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${description}: not seen within ${timeoutMs / 1000}s; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export async function openTask(processInstanceId, name) {
  return eventually(`task "${name}" of process ${processInstanceId}`, async () => {
    const tasks = await engine.get(`/task?processInstanceId=${processInstanceId}&name=${encodeURIComponent(name)}`);
    return tasks[0];
  });
}

/** The ACTIVE Node subscription of a router, as our API lists it, or undefined. */
export async function activeNodeSubscription(nodeName) {
  const page = await api.get('/subscriptions?product=Node&status=ACTIVE&size=200');
  return page.items.find((subscription) => subscription.description === `Node ${nodeName}`);
}

/** Starts create_node for a NetBox device by name over /engine-rest, skipping the choice task. */
export async function startCreateNode(deviceName) {
  const devices = await netbox.get(`/api/dcim/devices/?name=${encodeURIComponent(deviceName)}`);
  const device = devices.results[0];
  const instance = await engine.post('/process-definition/key/create_node/start', {
    variables: { device_id: { value: String(device.id), type: 'String' } },
  });
  return instance.id;
}
