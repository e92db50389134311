// Cockpit plugin "Subscriptions": lists and opens the orchestrator's subscriptions beside Cockpit's own views.
// It reads our REST API (/api) with the Cockpit user's session, so nobody sees or does more than the API allows them.

const API = '/api';
const PAGE_SIZE = 50;
const STATUSES = ['INITIAL', 'PROVISIONING', 'ACTIVE', 'TERMINATED'];
// the workflows a subscription's page offers, by the role its product declares them in, in this order
const ACTIONS = [['modify', 'Modify'], ['validate', 'Validate'], ['terminate', 'Terminate']];

let csrfToken = null;
let engineApi = null;
// the list as last shown (filters and page), so "back to the list" returns to it
let listHash = '#/subscriptions';

// Cockpit hands every plugin its CSRF token (requests that change something must send it) and its engine API
function remember(api) {
  if (api && api.CSRFToken) {
    csrfToken = api.CSRFToken;
  }
  if (api && api.engineApi) {
    engineApi = api.engineApi;
  }
}

async function call(method, path, body) {
  const response = await fetch(API + path, {
    method,
    credentials: 'same-origin',
    headers: Object.assign({'Accept': 'application/json'}, csrfToken ? {'X-XSRF-TOKEN': csrfToken} : {},
      body === undefined ? {} : {'Content-Type': 'application/json'}),
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error((json && (json.detail || json.title)) || ('HTTP ' + response.status));
    error.status = response.status;
    throw error;
  }
  return json;
}

// the product declarations (GET /api/products): lists, filters, block panels and actions are drawn from them
let declarations = null;
async function products() {
  if (!declarations) {
    declarations = await call('GET', '/products');
  }
  return declarations;
}

function declarationOf(subscription, declared) {
  return declared.find(product => product.type === subscription.product_type);
}

// asked on every page: Cockpit logs one user out and another in without reloading this script
function whoAmI() {
  return call('GET', '/me');
}

// the workflows deployed now (as Camunda's API shows them to this user), so no button starts one that is missing
async function deployedWorkflows() {
  if (!engineApi) {
    return new Set();
  }
  const response = await fetch(engineApi + '/process-definition?latestVersion=true',
    {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
  return response.ok ? new Set((await response.json()).map(definition => definition.key)) : new Set();
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.substring(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '';
}

function table(headings, rows, empty) {
  if (!rows.length) {
    return el('p', {class: 'nso-empty'}, empty);
  }
  return el('table', {class: 'cam-table nso-table'},
    el('thead', {}, el('tr', {}, headings.map(heading => el('th', {}, heading)))),
    el('tbody', {}, rows));
}

function problem(container, error) {
  container.append(el('div', {class: 'alert alert-danger nso-error', role: 'alert'}, error.message));
}

function processLink(process) {
  const running = ['running', 'waiting', 'failed'].includes(process.status);
  return running
    ? el('a', {href: '#/process-instance/' + process.process_id + '/runtime'}, process.process_id)
    : el('span', {title: 'ended: Cockpit shows running instances only'}, process.process_id);
}

function style() {
  if (document.getElementById('nso-style')) {
    return;
  }
  document.head.append(el('style', {id: 'nso-style'}, `
    .nso-page { padding: 15px 20px; overflow: auto; height: 100%; }
    .nso-page h1 { font-size: 22px; margin: 0 0 12px; }
    .nso-page h2 { font-size: 17px; margin: 22px 0 8px; }
    .nso-search { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-bottom: 10px; }
    .nso-search .form-control { width: auto; }
    .nso-search input[type=search] { min-width: 260px; }
    .nso-table { width: 100%; }
    .nso-table td, .nso-table th { padding: 4px 8px; vertical-align: top; }
    .nso-table tbody tr.nso-row { cursor: pointer; }
    .nso-table tbody tr.nso-row:hover { background: #f2f6fa; }
    .nso-paging { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
    .nso-fields { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; }
    .nso-fields dt { font-weight: 600; }
    .nso-fields dd { margin: 0; }
    .nso-actions { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 10px 0; }
    .nso-insync { display: flex; gap: 8px; align-items: center; }
    .nso-insync input { min-width: 320px; }
    .nso-empty { color: #777; }
    .nso-status-failed { color: #b5152b; font-weight: 600; }
    .nso-skip { margin: 12px 0; }
  `));
}

function fields(entries) {
  return el('dl', {class: 'nso-fields'}, entries.filter(([, value]) => value !== undefined && value !== null)
    .flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, String(value))]));
}

async function renderList(node) {
  style();
  listHash = window.location.hash;
  const query = new URLSearchParams(window.location.hash.split('?')[1] || '');
  const page = Number(query.get('page') || 0);
  const form = {
    product: el('select', {class: 'form-control', name: 'product', 'aria-label': 'Product'},
      el('option', {value: ''}, 'Any product')),
    status: el('select', {class: 'form-control', name: 'status', 'aria-label': 'Status'},
      el('option', {value: ''}, 'Any status'), STATUSES.map(status => el('option', {value: status}, status))),
    insync: el('select', {class: 'form-control', name: 'insync', 'aria-label': 'In sync'},
      el('option', {value: ''}, 'In sync or not'), el('option', {value: 'true'}, 'In sync'),
      el('option', {value: 'false'}, 'Out of sync')),
    q: el('input', {class: 'form-control', type: 'search', name: 'q', placeholder: 'Text in the description',
      'aria-label': 'Search text'})
  };
  try {
    (await products()).flatMap(product => product.products).forEach(offer =>
      form.product.append(el('option', {value: offer.name}, offer.name)));
  } catch (error) {
    // the list still works without the product filter's options
  }
  Object.entries(form).forEach(([name, input]) => { input.value = query.get(name) || ''; });
  const search = event => {
    event.preventDefault();
    const next = new URLSearchParams();
    Object.entries(form).forEach(([name, input]) => input.value && next.set(name, input.value));
    window.location.hash = '#/subscriptions?' + next.toString();
  };
  const results = el('div', {class: 'nso-results'}, 'Loading…');
  const failed = el('div', {class: 'nso-failed'});
  node.replaceChildren(el('div', {class: 'nso-page'},
    el('h1', {}, 'Subscriptions'),
    el('form', {class: 'nso-search', onsubmit: search}, Object.values(form),
      el('button', {class: 'btn btn-primary', type: 'submit'}, 'Search')),
    results, failed));

  const filter = new URLSearchParams();
  ['product', 'status', 'insync', 'q'].forEach(name => query.get(name) && filter.set(name, query.get(name)));
  filter.set('page', page);
  filter.set('size', PAGE_SIZE);
  try {
    const found = await call('GET', '/subscriptions?' + filter.toString());
    const pages = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
    const go = target => {
      const next = new URLSearchParams(query);
      next.set('page', target);
      window.location.hash = '#/subscriptions?' + next.toString();
    };
    results.replaceChildren(
      table(['Description', 'Product', 'Status', 'In sync', 'Customer', 'Since'],
        found.items.map(subscription => el('tr', {class: 'nso-row', 'data-id': subscription.id,
            onclick: () => { window.location.hash = '#/subscriptions/' + subscription.id; }},
          el('td', {}, el('a', {href: '#/subscriptions/' + subscription.id}, subscription.description)),
          el('td', {}, subscription.product), el('td', {}, subscription.status),
          el('td', {}, subscription.insync ? 'yes' : 'no'), el('td', {}, subscription.customer_id),
          el('td', {}, when(subscription.start_date || subscription.created_at)))),
        'No subscription matches.'),
      el('div', {class: 'nso-paging'},
        el('button', {class: 'btn btn-default', disabled: page === 0, onclick: () => go(page - 1)}, '« Previous'),
        el('span', {class: 'nso-page-info'}, 'Page ' + (page + 1) + ' of ' + pages + ' · ' + found.total
          + ' subscriptions'),
        el('button', {class: 'btn btn-default', disabled: page + 1 >= pages, onclick: () => go(page + 1)},
          'Next »')));
  } catch (error) {
    results.replaceChildren();
    problem(results, error);
  }
  renderFailed(failed);
}

async function renderFailed(container, note) {
  try {
    const [found, user] = await Promise.all([call('GET', '/processes?status=failed&size=20'), whoAmI()]);
    const message = el('span', {class: 'nso-retry-result', role: 'status'}, note || '');
    const retryAll = async event => {
      event.target.disabled = true;
      try {
        // a retried workflow has no incident any more, so the list drawn again right away no longer shows it
        const done = await call('POST', '/processes/retry', {});
        renderFailed(container, 'Retried ' + done.retried + (done.more ? ' (more are left)' : ''));
      } catch (error) {
        message.textContent = error.message;
        event.target.disabled = false;
      }
    };
    container.replaceChildren(
      el('h2', {}, 'Failed workflows (' + found.total + ')'),
      el('div', {class: 'nso-actions'}, found.total && user.may_operate
        ? el('button', {class: 'btn btn-warning', onclick: retryAll}, 'Retry all failed') : '', message),
      table(['Workflow', 'Step', 'Incident', 'Started', 'Instance'],
        found.items.map(process => el('tr', {},
          el('td', {}, process.workflow), el('td', {}, process.failure ? process.failure.step : ''),
          el('td', {class: 'nso-status-failed'}, process.failure ? process.failure.message : ''),
          el('td', {}, when(process.started_at)), el('td', {}, processLink(process)))),
        'No workflow has an incident.'));
  } catch (error) {
    container.replaceChildren();
    problem(container, error);
  }
}

async function renderSubscription(node) {
  style();
  const id = (window.location.hash.match(/#\/subscriptions\/([^/?]+)/) || [])[1];
  const page = el('div', {class: 'nso-page'}, el('a', {href: listHash}, '← Subscriptions'));
  node.replaceChildren(page);
  try {
    const [subscription, events, processes, user, deployed, declared] = await Promise.all([
      call('GET', '/subscriptions/' + id), call('GET', '/subscriptions/' + id + '/events'),
      call('GET', '/subscriptions/' + id + '/processes'), whoAmI(), deployedWorkflows(), products()]);
    const declaration = declarationOf(subscription, declared);
    page.append(
      el('h1', {}, subscription.description),
      fields([['Id', subscription.id], ['Product', subscription.product], ['Status', subscription.status],
        ['In sync', subscription.insync ? 'yes' : 'no'], ['Customer', subscription.customer_id],
        ['Start date', when(subscription.start_date)], ['End date', when(subscription.end_date)],
        ['Note', subscription.note]]),
      user.may_operate ? actions(subscription, deployed, declaration) : '',
      el('div', {class: 'nso-block'}, declaration ? declaration.blocks.map(declared => block(subscription, declared))
        : []),
      el('h2', {}, 'Workflows'),
      table(['Workflow', 'Status', 'Started', 'Ended', 'Started by', 'Instance'],
        processes.map(process => el('tr', {},
          el('td', {}, process.workflow), el('td', {}, process.status), el('td', {}, when(process.started_at)),
          el('td', {}, when(process.ended_at)), el('td', {}, process.started_by || ''),
          el('td', {}, processLink(process)))),
        'No workflow has worked on it.'),
      el('h2', {}, 'Audit trail'),
      table(['When', 'Who', 'Via', 'Step', 'Field', 'Old', 'New', 'Reason'],
        events.map(event => el('tr', {},
          el('td', {}, when(event.occurred_at)), el('td', {}, event.actor), el('td', {}, event.via),
          el('td', {}, event.activity_id || ''), el('td', {}, event.field), el('td', {}, event.old_value ?? ''),
          el('td', {}, event.new_value ?? ''), el('td', {}, event.reason ?? ''))),
        'No change recorded.'));
  } catch (error) {
    problem(page, error);
  }
}

// a declared block as a panel: its top-level fields, then each nested part (a circuit's endpoint_a) under its own heading
function block(subscription, declared) {
  const values = subscription[declared.name];
  if (!values) {
    return [];
  }
  const parts = new Map([['', []]]);
  declared.fields.forEach(field => {
    const path = field.name.split('.').slice(1);
    const part = path.slice(0, -1).join('.');
    const value = path.reduce((object, key) => object == null ? undefined : object[key], values);
    if (!parts.has(part)) {
      parts.set(part, []);
    }
    parts.get(part).push([field.label, shown(field, value)]);
  });
  return [...parts].flatMap(([part, entries]) =>
    [el('h2', {}, part ? heading(part) : declared.label), fields(entries)]);
}

function shown(field, value) {
  if (field.type === 'flag' && value !== undefined && value !== null) {
    return value ? 'yes' : 'no';
  }
  return value;
}

// endpoint_a -> Endpoint A
function heading(part) {
  const words = part.split(/[._]/).map(word => word.length === 1 ? word.toUpperCase() : word);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function actions(subscription, deployed, declaration) {
  const message = el('span', {class: 'nso-action-result'});
  const start = workflow => async () => {
    message.textContent = 'Starting ' + workflow + '…';
    try {
      const started = await call('POST', '/processes/' + workflow, {subscription_id: subscription.id});
      const task = await openTask(started.id);
      if (task) {
        window.location.href = '../../tasklist/default/#/?task=' + encodeURIComponent(task.id);
      } else {
        window.location.hash = '#/process-instance/' + started.id + '/runtime';
      }
    } catch (error) {
      message.textContent = error.message;
    }
  };
  const reason = el('input', {class: 'form-control', type: 'text', name: 'reason', maxlength: 1000, required: true,
    placeholder: 'Why it is in sync again', 'aria-label': 'Reason'});
  const markInSync = async event => {
    event.preventDefault();
    try {
      await call('PUT', '/subscriptions/' + subscription.id + '/insync', {reason: reason.value});
      renderSubscription(document.querySelector('.nso-page').parentNode);
    } catch (error) {
      message.textContent = error.message;
    }
  };
  const offered = ACTIONS.map(([role, label]) => ({workflow: declaration && declaration.workflows[role], label}))
    .filter(action => action.workflow && deployed.has(action.workflow));
  return el('div', {class: 'nso-actions'},
    subscription.status === 'TERMINATED' ? [] : offered.map(action => el('button', {class: 'btn btn-default',
      'data-workflow': action.workflow, onclick: start(action.workflow)}, action.label)),
    subscription.insync ? [] : el('form', {class: 'nso-insync', onsubmit: markInSync}, reason,
      el('button', {class: 'btn btn-default', type: 'submit'}, 'Set in sync')),
    message);
}

// a busy job executor can take a while to reach the first task; after 30 s Cockpit's instance view shows the rest
async function openTask(processId) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const process = await call('GET', '/processes/' + processId);
    if (process.open_task) {
      return process.open_task;
    }
    if (['completed', 'aborted', 'failed'].includes(process.status)) {
      return null;
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  return null;
}

async function renderInstanceTab(node, processInstanceId, note) {
  style();
  node.replaceChildren('Loading…');
  try {
    const [process, user] = await Promise.all([call('GET', '/processes/' + processInstanceId), whoAmI()]);
    const subscriptions = await Promise.all((process.subscription_ids || [])
      .map(id => call('GET', '/subscriptions/' + id)));
    const skippable = user.may_operate ? await call('GET', '/processes/' + processInstanceId + '/skips') : [];
    node.replaceChildren(table(['Subscription', 'Product', 'Status', 'In sync'],
      subscriptions.map(subscription => el('tr', {},
        el('td', {}, el('a', {href: '#/subscriptions/' + subscription.id}, subscription.description)),
        el('td', {}, subscription.product), el('td', {}, subscription.status),
        el('td', {}, subscription.insync ? 'yes' : 'no'))),
      'This instance has not worked on a subscription yet.'),
      el('div', {class: 'nso-skips'}, skippable.filter(step => step.skipped_by === 'operators' || user.may_administer)
        .map(step => skipForm(node, processInstanceId, step))),
      el('span', {class: 'nso-action-result', role: 'status'}, note || ''));
  } catch (error) {
    node.replaceChildren();
    problem(node, error);
  }
}

// a step the diagram lets this user skip: the reason is required, and the audit trail keeps it
function skipForm(node, processInstanceId, step) {
  const reason = el('input', {class: 'form-control', type: 'text', name: 'reason', maxlength: 1000, required: true,
    placeholder: 'What was done by hand, and why', 'aria-label': 'Reason to skip ' + (step.name || step.activity)});
  const message = el('span', {class: 'nso-action-result'});
  const skip = async event => {
    event.preventDefault();
    try {
      const process = await call('POST', '/processes/' + processInstanceId + '/skip',
        {activity: step.activity, reason: reason.value});
      renderInstanceTab(node, processInstanceId, 'Skipped ' + (step.name || step.activity) + '; the workflow is '
        + process.status + '. Reload the page to see where it stands.');
    } catch (error) {
      message.textContent = error.message;
    }
  };
  return el('form', {class: 'nso-skip', 'data-activity': step.activity, onsubmit: skip},
    el('p', {}, 'Skip ', el('strong', {}, step.name || step.activity), ', confirming: ', el('em', {}, step.confirms)),
    el('div', {class: 'nso-insync'}, reason, el('button', {class: 'btn btn-warning', type: 'submit'}, 'Skip')),
    message);
}

// admins move a workflow's running instances from its older versions to the newest: a dry run first, then the batch
async function renderMigrationTab(node, processDefinitionId) {
  style();
  node.replaceChildren('Loading…');
  try {
    const user = await whoAmI();
    if (!user.may_administer) {
      node.replaceChildren(el('p', {class: 'nso-empty'}, 'Only admins move running workflows to a new version.'));
      return;
    }
    const definition = await engineGet('/process-definition/' + processDefinitionId);
    const result = el('div', {class: 'nso-migration-result'});
    const run = dryRun => async event => {
      event.target.disabled = true;
      try {
        const report = await call('POST', '/processes/migrations', {workflow: definition.key, dry_run: dryRun});
        result.replaceChildren(migrationReport(report));
      } catch (error) {
        result.replaceChildren();
        problem(result, error);
      }
      event.target.disabled = false;
    };
    node.replaceChildren(el('div', {class: 'nso-actions'},
      el('button', {class: 'btn btn-default', 'data-migration': 'dry-run', onclick: run(true)}, 'Dry run'),
      el('button', {class: 'btn btn-warning', 'data-migration': 'run', onclick: run(false)},
        'Move running instances to the newest version')), result);
  } catch (error) {
    node.replaceChildren();
    problem(node, error);
  }
}

function migrationReport(report) {
  const verdict = report.dry_run ? 'would move' : 'moving in batch ' + report.batch_ids.join(', ');
  return [
    el('p', {}, report.movable.length + ' instance(s) ' + verdict + ' to version ' + report.target.version + ', '
      + report.blocked.length + ' cannot.'),
    table(['Instance', 'From version', 'At', 'Reasons it cannot move'],
      report.movable.map(instance => el('tr', {}, el('td', {}, instance.process_id),
        el('td', {}, instance.from_version), el('td', {}, instance.at.join(', ')), el('td', {}, '')))
        .concat(report.blocked.map(instance => el('tr', {}, el('td', {}, instance.process_id),
          el('td', {}, instance.from_version), el('td', {}, instance.at.join(', ')),
          el('td', {class: 'nso-status-failed'}, instance.reasons.join('; '))))),
      'No instance runs on an older version.')];
}

async function engineGet(path) {
  const response = await fetch(engineApi + path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
  if (!response.ok) {
    throw new Error('HTTP ' + response.status + ' from ' + path);
  }
  return response.json();
}

export default [
  {
    id: 'subscriptions.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: {
      pagePath: '#/subscriptions',
      label: 'Subscriptions',
      checkActive: path => path.indexOf('#/subscriptions') > -1
    }
  },
  {
    id: 'subscriptions.list',
    pluginPoint: 'cockpit.route',
    properties: {path: '/subscriptions', label: '/subscriptions'},
    render: (node, {api}) => { remember(api); renderList(node); }
  },
  {
    id: 'subscriptions.one',
    pluginPoint: 'cockpit.route',
    properties: {path: '/subscriptions/:id', label: '/subscriptions'},
    render: (node, {api}) => { remember(api); renderSubscription(node); }
  },
  {
    id: 'subscriptions.instanceTab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    properties: {label: 'Subscriptions'},
    render: (node, {api, processInstanceId}) => { remember(api); renderInstanceTab(node, processInstanceId); }
  },
  {
    id: 'subscriptions.migrationTab',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 5,
    properties: {label: 'Migration'},
    render: (node, {api, processDefinitionId}) => { remember(api); renderMigrationTab(node, processDefinitionId); }
  }
];
