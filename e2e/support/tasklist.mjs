import { baseUrl, engine, eventually, openTask } from './rest.mjs';

export const TASKLIST = '/camunda/app/tasklist/default/';
const COMPLETE_BUTTON = '.form-actions button.btn-primary[ng-click="complete()"]';

/** Logs in to a Camunda webapp (Tasklist by default) as a demo user (demo, operator or viewer; password = name). */
export async function logIn(page, appPath = TASKLIST, user = 'demo') {
  await page.goto(`${baseUrl()}${appPath}`);
  const form = page.locator('form[name="signinForm"]');
  // the login form can still be settling when the page has loaded: check what was typed, and try once more
  for (let attempt = 1; ; attempt++) {
    const username = form.locator('input[ng-model="username"]');
    const password = form.locator('input[ng-model="password"]');
    await username.fill(user);
    await password.fill(user);
    if (await username.inputValue() === user && await password.inputValue() === user) {
      await form.locator('button[type="submit"]').click();
      try {
        await form.waitFor({ state: 'detached', timeout: 10_000 });
        return;
      } catch (stillThere) {
        if (attempt === 3) {
          throw stillThere;
        }
      }
    } else if (attempt === 3) {
      throw new Error(`the login form did not take the credentials of ${user}`);
    }
  }
}

/** Starts a process from Tasklist's "Start process" dialog and returns the new instance's id. */
export async function startProcess(page, processName) {
  const before = new Set((await engine.get('/process-instance')).map((instance) => instance.id));
  await page.locator('a[ng-click="open()"]', { hasText: 'Start process' }).click();
  const dialog = page.locator('.modal-content');
  await dialog.locator('ul.processes a', { hasText: processName }).click();
  await dialog.locator('.modal-title', { hasText: `Start process: ${processName}` }).waitFor();
  await dialog.locator('button[ng-click="startProcessInstance()"]').click();
  await dialog.waitFor({ state: 'detached' });
  return eventually(`a new "${processName}" instance`, async () => {
    const started = await engine.get('/process-instance');
    return started.find((instance) => !before.has(instance.id))?.id;
  });
}

/** Opens the task of that name in Tasklist (claiming it if nobody has) and waits for its form. */
export async function openTaskInTasklist(page, processInstanceId, taskName) {
  const task = await openTask(processInstanceId, taskName);
  await page.goto(`${baseUrl()}${TASKLIST}#/?task=${task.id}`);
  await page.locator('.task-card h2.task', { hasText: taskName }).waitFor();
  if (!task.assignee) {
    await page.locator('button.claim').click();
    await page.locator('button.unclaim').waitFor();
  }
  await page.locator('.fjs-form').waitFor();
  return task;
}

/**
 * Picks an option of a form-js select by the field's label and the option's label. A plain select opens from its
 * display box, a searchable one from its text input; the hidden input behind either takes no clicks.
 */
export async function chooseOption(page, fieldLabel, optionLabel) {
  const field = page.locator('.fjs-form-field-select', {
    has: page.locator('label.fjs-form-field-label', { hasText: fieldLabel }),
  });
  await field.locator('.fjs-select-display, input.fjs-input').click();
  await field.locator('.fjs-dropdownlist-item', { hasText: optionLabel }).click();
}

export async function clickComplete(page) {
  await page.locator(COMPLETE_BUTTON).click();
}

/** Completes the open task and waits until Tasklist has closed it. */
export async function complete(page) {
  await clickComplete(page);
  await page.locator('.fjs-form').waitFor({ state: 'detached' });
}
