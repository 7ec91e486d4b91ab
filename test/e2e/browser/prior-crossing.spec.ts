import { expect, test } from '../support/app-fixture';
import type { Page } from '@playwright/test';
import { arrivedBySafeRoute, crossedBySmallBoat } from '../support/prior-crossing';
import { screenshot } from '../support/screens';

// Synthetic people only: invented combinations of common names.
test.use({ viewport: { width: 1280, height: 900 } });

const panelOf = (page: Page) => page.getByRole('region', { name: 'Prior crossings' });

test('a safe-route arrival who crossed by small boat under another spelling is flagged with reasons, and the officer confirms it', async ({ page, app, api }) => {
  // Crossed in the summer as "Mohammed, Abdul Rahman", born 11 March 1994…
  const before = await crossedBySmallBoat(api, 120, { familyName: 'Mohammed', givenNames: 'Abdul Rahman', dateOfBirth: '1994-03-11' });
  // …and arrives by the safe route as "Muhammad, Abdelrahman", the date typed month first.
  const person = await arrivedBySafeRoute(api, { familyName: 'Muhammad', givenNames: 'Abdelrahman', dateOfBirth: '1994-11-03' });

  // The safe-route application shows the verdict of the check made when the person arrived…
  await page.goto(`${app.url}#/transfers/${person.transferId}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Possible prior small-boat crossing' })).toContainText('1 probable match to confirm or dismiss');
  await page.getByRole('link', { name: "Candidates and decisions on the person's record" }).click();

  // …and the person's record carries the warning and the candidate, without anyone asking.
  await expect(page.getByRole('heading', { level: 1, name: 'Muhammad, Abdelrahman' })).toBeVisible();
  await expect(page.locator('.record__reference')).toContainText(person.reference);
  const panel = panelOf(page);
  await expect(panel.getByRole('alert').filter({ hasText: 'Possible prior small-boat crossing' })).toContainText('1 probable match to confirm or dismiss');
  const candidate = panel.getByRole('article', { name: new RegExp(`Mohammed, Abdul Rahman ${before.reference}`) });
  await expect(candidate.getByTestId('match-score')).toContainText('probable match');
  for (const reason of [
    'Family name matches a spelling variant (Muhammad / Mohammed)',
    'Given name matches (Abdul Rahman)',
    'Date of birth matches with day and month swapped (03/11/1994 / 11/03/1994)',
    'Same nationality (SDN)',
  ]) {
    await expect(candidate.getByRole('listitem').filter({ hasText: reason })).toBeVisible();
  }
  await expect(candidate).toContainText('11 Mar 1994');
  await expect(panel.getByRole('article')).toHaveCount(1); // nobody else on that boat is proposed
  await screenshot(page, 'prior-crossing');

  // A decision needs a note: refused beside the note, with the cursor put there.
  await candidate.getByRole('button', { name: 'Confirm match' }).click();
  await expect(candidate.getByText('Say why: what you checked, and what the person said')).toBeVisible();
  await expect(candidate.getByLabel('Note')).toBeFocused();
  await candidate.getByLabel('Note').fill('Admits crossing by small boat in the summer; same scar on the left hand.');
  await candidate.getByRole('button', { name: 'Confirm match' }).click();

  await expect(candidate.getByTestId('match-decision')).toContainText(/^Confirmed by Demo Supervisor on \d{1,2} \w{3} \d{4}, \d{2}:\d{2}: the same person\./);
  await expect(panel.getByRole('alert').filter({ hasText: 'Prior small-boat crossing confirmed by an officer' })).toBeVisible();
  await screenshot(page, 'prior-crossing-confirmed');

  // The decision is a record of its own, audited, and it is still there after a reload.
  const check = await api('matching.priorCrossings', { arrivalId: person.id });
  const decision = check.candidates[0]!.decision!;
  expect(decision).toMatchObject({ candidateId: before.id, decision: 'CONFIRMED', officer: 'Demo Supervisor' });
  expect((await api('audit.forRecord', { recordId: decision.id })).map((e) => [e.action, e.officerName])).toEqual([['create', 'Demo Supervisor']]);
  await page.reload();
  await expect(panelOf(page).getByTestId('match-decision')).toContainText('same scar on the left hand');

  // A changed mind is a new decision; the one it replaces stays on record, under the card.
  const card = panelOf(page).getByRole('article');
  await card.getByRole('button', { name: 'Change the decision' }).click();
  await card.getByLabel('Note').fill('The scar is on the right hand: a different man.');
  await card.getByRole('button', { name: 'Dismiss' }).click();
  await expect(card.getByTestId('match-decision')).toContainText(/^Dismissed by Demo Supervisor on .+: not the same person\./);
  // The decision it replaced is in view without unfolding anything.
  const earlier = card.getByTestId('match-earlier-decisions');
  await expect(earlier.getByRole('heading', { name: 'Earlier decisions on this match (1)' })).toBeVisible();
  await expect(earlier.getByRole('listitem').filter({ hasText: 'Confirmed by Demo Supervisor' })).toContainText('same scar on the left hand');
  await expect(earlier.getByRole('listitem').first()).toBeVisible();
  await screenshot(page, 'prior-crossing-changed-decision');
  await card.getByRole('button', { name: 'Change the decision' }).click();
  await card.getByLabel('Note').fill('Checked again with the interpreter: it is the same man after all.');
  await card.getByRole('button', { name: 'Confirm match' }).click();
  await expect(card.getByTestId('match-decision')).toContainText(': the same person.');
  // The latest replaced decision stays open; older ones fold.
  await expect(earlier.getByRole('heading', { name: 'Earlier decisions on this match (2)' })).toBeVisible();
  await expect(earlier.getByRole('listitem').first()).toContainText('Dismissed by Demo Supervisor');
  await expect(earlier.getByRole('listitem').first()).toBeVisible();
  await expect(earlier.getByText('1 older decision')).toBeVisible();

  // The application now says the crossing was confirmed.
  await page.goto(`${app.url}#/transfers/${person.transferId}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Prior small-boat crossing confirmed by an officer' })).toBeVisible();
});

test('anyone can be checked on demand: a small-boat arrival with no earlier crossing shows no probable match', async ({ page, app, api }) => {
  const person = await crossedBySmallBoat(api, 2, { familyName: 'Osman', givenNames: 'Idris', dateOfBirth: '1999-02-14' });
  await page.goto(`${app.url}#/arrivals/${person.id}`);
  const panel = panelOf(page);
  await expect(panel.getByText(/Not checked yet for this person/)).toBeVisible();
  await panel.getByRole('button', { name: 'Check for prior crossings' }).click();
  await expect(panel.getByText('No probable match among the recorded small-boat arrivals.')).toBeVisible();
  await expect(panel.getByText(/Not checked yet for this person/)).toHaveCount(0);
  await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('a decision already recorded for a person is shown when their record is opened again, without checking again', async ({ page, app, api }) => {
  const before = await crossedBySmallBoat(api, 120, { familyName: 'Mohammed', givenNames: 'Abdul Rahman', dateOfBirth: '1994-03-11' });
  // A small-boat arrival is not checked on its own: the officer asks, and confirms.
  const person = await crossedBySmallBoat(api, 1, { familyName: 'Muhammad', givenNames: 'Abdelrahman', dateOfBirth: '1994-03-11' });
  await page.goto(`${app.url}#/arrivals/${person.id}`);
  await panelOf(page).getByRole('button', { name: 'Check for prior crossings' }).click();
  const candidate = panelOf(page).getByRole('article', { name: new RegExp(`Mohammed, Abdul Rahman ${before.reference}`) });
  await candidate.getByLabel('Note').fill('Admits crossing in the summer; same scar on the left hand.');
  await candidate.getByRole('button', { name: 'Confirm match' }).click();
  await expect(candidate.getByTestId('match-decision')).toContainText(': the same person.');

  await page.reload();
  const panel = panelOf(page);
  await expect(panel.getByRole('article', { name: new RegExp(before.reference) }).getByTestId('match-decision')).toContainText('same scar on the left hand');
  await expect(panel.getByText(/The decision recorded for this person is shown below/)).toBeVisible();
  await expect(panel.getByText(/Not checked yet for this person/)).toHaveCount(0);
  await screenshot(page, 'prior-crossing-reopened');
});
