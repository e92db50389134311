import { baseUrl } from './rest.mjs';

export const COCKPIT = '/camunda/app/cockpit/default/';

/** Opens a process instance's runtime view in Cockpit on its Incidents tab and returns the incident rows. */
export async function openIncidents(page, processInstanceId) {
  await page.goto(`${baseUrl()}${COCKPIT}#/process-instance/${processInstanceId}/runtime`);
  await page.locator('li[ng-repeat="tabProvider in Tabs.providers"] a', { hasText: /^\s*Incidents\s*$/ }).click();
  const rows = page.locator('table.incidents-tab tbody tr');
  await rows.first().waitFor();
  return rows;
}

/** Clicks an incident row's retry action and confirms Cockpit's "Increment Number of Retries" dialog. */
export async function retryIncident(page, row) {
  await row.locator('td.action a[ng-click="openJobRetryDialog(incident)"]').click();
  const dialog = page.locator('.modal-content', { hasText: 'Increment Number of Retries' });
  await dialog.locator('button[ng-click="incrementRetry()"]', { hasText: 'Retry' }).click();
  await dialog.getByText('has been incremented successfully').waitFor();
  await dialog.locator('button.btn-primary[ng-click="close(status)"]', { hasText: 'OK' }).click();
  await dialog.waitFor({ state: 'detached' });
}
