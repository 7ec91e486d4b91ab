import type { Page } from '@playwright/test';
import { expect } from '../support/app-fixture';
import { DEMO } from '../support/browser-mode';
import { test } from '../support/central';
import { screenshot } from '../support/screens';

test.use({ autoSync: false });

/** The address and the code typed, then Enrol pressed: what an officer setting up a device does, without Save address. */
async function typeAddressAndEnrol(page: Page, address: string, code: string) {
  await page.getByLabel('Central API address').fill(address);
  await page.getByLabel('Enrolment code').fill(code);
  await page.getByRole('button', { name: 'Enrol this device' }).click();
}

test('Settings: an address without https:// is explained, and Enrol saves the typed address and enrols', async ({ page, app, central }) => {
  await central.start();
  await page.goto(`${app.url}#/settings`);
  const code = await central.enrolmentCode();

  // Enrol is there to press from the start; nothing typed: both fields say what they need, at once.
  await page.getByRole('button', { name: 'Enrol this device' }).click();
  await expect(page.getByText('Enter the central API address, e.g. https://central.example.gov.uk')).toBeVisible();
  await expect(page.getByText('Enter the enrolment code from your administrator')).toBeVisible();

  // No scheme: say what is missing, not "enter the address".
  for (const typed of [central.url.replace('http://', ''), 'central.example.gov.uk']) {
    await typeAddressAndEnrol(page, typed, code);
    await expect(page.getByText('Start the address with https:// (or http:// for this computer)')).toBeVisible();
  }
  await screenshot(page, 'settings-address-without-scheme');
  // The security rule stands: plain http only for this computer.
  await typeAddressAndEnrol(page, 'http://central.example.gov.uk', code);
  await expect(page.getByText('Use https (plain http is allowed only for this computer, 127.0.0.1)')).toBeVisible();

  await typeAddressAndEnrol(page, central.url, code);
  await expect(page.getByRole('status').filter({ hasText: `This device is enrolled with ${central.url}.` })).toBeVisible();
  await expect(page.getByText(`This device is enrolled with ${central.url}/.`, { exact: true })).toBeVisible();
  await expect(page.getByTestId('sync-activity')).toHaveText('Centre reachable');
  await screenshot(page, 'settings-enrolled');
});

test.describe(() => {
  test.use({ signInAs: false });

  test('sign-in screen: Set up this device with the address and code typed enrols, says so, and officers then sign in online', async ({ page, app, central }) => {
    await central.start();
    await page.goto(app.url);
    const form = page.getByRole('form', { name: 'Sign in' });
    // An officer the device has never seen: the device must be enrolled to check the password.
    await form.getByLabel('Username').fill('new.officer');
    await form.getByLabel('Password').fill('a password of theirs');
    await form.getByRole('button', { name: 'Sign in' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'the device is not enrolled' });
    await expect(refusal).toBeVisible();

    await page.locator('summary', { hasText: 'Set up this device' }).click();
    await typeAddressAndEnrol(page, central.url, await central.enrolmentCode());
    // The setup panel closes once the device is enrolled: the confirmation stays in its place.
    await expect(page.getByRole('status').filter({ hasText: `This device is enrolled with ${central.url}.` })).toBeVisible();
    // The refusal said to set the device up: now it is, the refusal goes.
    await expect(refusal).toHaveCount(0);
    await screenshot(page, 'sign-in-enrolled');

    // Enrolled: the supervisor the centre knows signs in online.
    await form.getByLabel('Username').fill(DEMO.supervisor.username);
    await form.getByLabel('Password').fill(DEMO.supervisor.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByLabel('Signed-in officer')).toContainText('signed in online');
  });
});
