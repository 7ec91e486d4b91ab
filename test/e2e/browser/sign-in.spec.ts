import { expect, test } from '../support/app-fixture';
import type { Page } from '@playwright/test';
import { DEMO } from '../support/browser-mode';
import { screenshot } from '../support/screens';

const FAMILY_NAME = 'Zerezghi';
const GIVEN_NAMES = 'Mebrahtu';

/** The whole page as text, for asserting that nothing personal is in it. */
const pageText = (page: Page) => page.evaluate(() => document.documentElement.innerText + document.documentElement.innerHTML);

async function signIn(page: Page, username: string, password: string) {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

test('nothing but the sign-in screen until an officer signs in; roles shown and enforced; lock and switch officer', async ({ page, app, api }) => {
  // The app starts signed in as the demo supervisor, to record someone first.
  const person = await api('arrivals.create', {
    route: 'OTHER',
    site: 'MAN',
    arrivedAt: '2025-08-06T04:30:00.000Z',
    familyName: FAMILY_NAME,
    givenNames: GIVEN_NAMES,
    dateOfBirth: '1996-03-14',
    sex: 'M',
    nationality: 'ERI',
    ageStatus: 'ADULT',
  });
  await api('session.signOut', {});

  // Signed out: the sign-in screen only — no menus, no lists, no names in the page at all.
  await page.goto(`${app.url}#/arrivals/${person.id}`);
  await expect(page.getByRole('heading', { name: 'Sign in to Field Recorder' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  let text = await pageText(page);
  expect(text).not.toContain(FAMILY_NAME);
  expect(text).not.toContain(GIVEN_NAMES);
  expect(text).not.toContain(person.reference);
  await screenshot(page, 'sign-in-screen');
  // The engine itself refuses data to anyone not signed in, whatever the page does.
  await expect(api('arrivals.get', { id: person.id })).rejects.toThrow(/FORBIDDEN.*Sign in to use the field recorder/);

  // Empty fields, then a wrong password: each explained.
  await page.getByRole('form', { name: 'Sign in' }).getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your username')).toBeVisible();
  await expect(page.getByText('Enter your password')).toBeVisible();
  await signIn(page, DEMO.officer.username, 'not the password');
  await expect(page.getByRole('alert').filter({ hasText: 'The username or password is not right.' })).toBeVisible();
  // Enter again on the emptied password: that field is explained, and the last refusal no longer shown beside it.
  await page.getByRole('form', { name: 'Sign in' }).getByLabel('Password').press('Enter');
  await expect(page.getByText('Enter your password')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'The username or password is not right.' })).toHaveCount(0);

  // The officer signs in (offline: no centre here) and sees who they are.
  await signIn(page, DEMO.officer.username, DEMO.officer.password);
  const badge = page.getByLabel('Signed-in officer');
  await expect(badge).toContainText('Demo Officer');
  await expect(badge).toContainText('officer');
  await expect(badge).toContainText('signed in offline');

  // An officer cannot change the device's settings, and is told why.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('Only a supervisor can change the central API address. Ask a supervisor to sign in.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save address' })).toBeDisabled();
  await expect(page.getByText('Only a supervisor can change the idle lock. Ask a supervisor to sign in.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change the idle lock' })).toBeDisabled();
  await expect(page.getByText('Only a supervisor can change how long records are kept. Ask a supervisor to sign in.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save retention period' })).toBeDisabled();
  await screenshot(page, 'officer-settings');
  await page.getByRole('link', { name: 'Returns' }).click();
  await expect(page.getByText('Only a supervisor can change the weekly cap. Ask a supervisor to sign in.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change the cap' })).toBeDisabled();
  await expect(api('returns.setWeeklyCap', { cap: 10 })).rejects.toThrow(/FORBIDDEN.*Only a supervisor can change the weekly cap/);

  // The person's record is on screen; locking removes it from the page, not just from view.
  await page.goto(`${app.url}#/arrivals/${person.id}`);
  await expect(page.getByRole('heading', { name: new RegExp(FAMILY_NAME, 'i') }).first()).toBeVisible();
  await badge.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Field Recorder is locked' })).toBeVisible();
  await expect(page.getByText('Locked by Demo Officer')).toBeVisible();
  text = await pageText(page);
  expect(text).not.toContain(FAMILY_NAME);
  expect(text).not.toContain(person.reference);
  await screenshot(page, 'lock-screen');
  await expect(api('arrivals.get', { id: person.id })).rejects.toThrow(/FORBIDDEN.*locked/);

  // A supervisor switches in, and may change what the officer could not.
  await page.getByRole('button', { name: 'Switch officer' }).click();
  await signIn(page, DEMO.supervisor.username, DEMO.supervisor.password);
  await expect(badge).toContainText('Demo Supervisor');
  await expect(badge).toContainText('supervisor');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('button', { name: 'Save address' })).toBeEnabled();
  await expect(page.getByText(/Only a supervisor can/)).toHaveCount(0);
  const minutes = page.getByLabel('Minutes without activity');
  await minutes.fill('15');
  await page.getByRole('button', { name: 'Change the idle lock' }).click();
  await expect(page.getByText('The app locks after 15 minutes without keyboard or mouse activity')).toBeVisible();
  await minutes.fill('1');
  await page.getByRole('button', { name: 'Change the idle lock' }).click();
  await expect(page.getByText('The app locks after 1 minute without keyboard or mouse activity')).toBeVisible();
});

test.describe(() => {
  test.use({ signInAs: 'officer' });

  test('the locked officer unlocks with their own password', async ({ page, app }) => {
    await page.goto(app.url);
    const badge = page.getByLabel('Signed-in officer');
    await expect(badge).toContainText('Demo Officer');
    await badge.getByRole('button', { name: 'Lock' }).click();
    const unlock = page.getByRole('form', { name: 'Unlock' });
    await unlock.getByLabel('Password').fill('wrong password');
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The username or password is not right.' })).toBeVisible();
    await unlock.getByLabel('Password').fill(DEMO.officer.password);
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await expect(badge).toContainText('Demo Officer');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });
});

test('a screen left alone for the idle time locks itself, and the engine agrees', async ({ page, app, api }) => {
  await api('session.setIdleLock', { minutes: 1 });
  await page.clock.install();
  await page.goto(app.url);
  await expect(page.getByLabel('Signed-in officer')).toContainText('Demo Supervisor');
  await page.clock.fastForward(65_000);
  await expect(page.getByRole('heading', { name: 'Field Recorder is locked' })).toBeVisible();
  expect((await api('session.status', {})).state).toBe('locked');
  await expect(api('interceptions.list', {})).rejects.toThrow(/FORBIDDEN/);
});

test('a printable case summary left open locks too (print views have no menus, but the same idle lock)', async ({ page, app, api }) => {
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: FAMILY_NAME, givenNames: GIVEN_NAMES,
    dateOfBirth: '1996-03-14', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await api('session.setIdleLock', { minutes: 1 });
  await page.clock.install();
  await page.goto(`${app.url}#/print/arrival/${person.id}`);
  await expect(page.getByRole('heading', { name: 'Case summary' })).toBeVisible();
  await page.clock.fastForward(65_000);
  await expect(page.getByRole('heading', { name: 'Field Recorder is locked' })).toBeVisible();
  expect(await pageText(page)).not.toContain(GIVEN_NAMES);
});
