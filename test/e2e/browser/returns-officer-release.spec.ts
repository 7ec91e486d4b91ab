import { expect, test } from '../support/app-fixture';
import type { Page } from '@playwright/test';
import { daysAgo, landBoat, smallBoatPerson, walkCase } from '../support/returns';
import { screenshot } from '../support/screens';

// Synthetic people only. Signed in as an officer, not a supervisor.
test.use({ viewport: { width: 1280, height: 900 }, signInAs: 'officer' });

const panelOf = (page: Page) => page.getByRole('region', { name: 'Returns pilot' });
const RELEASE_IS_A_SUPERVISORS = 'Only a supervisor can release to the asylum route. Ask a supervisor to sign in.';

test('an officer lifting a barrier cannot tick release to the asylum route, and is told why in the same words as the direct release', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(2);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Mehari', 'Yonas');
  const detained = await walkCase(api, person.id, 'DETAINED');
  await api('returns.applyEvent', { id: detained.case!.id, version: detained.case!.version, event: { type: 'RAISE_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' }, reason: 'Claim lodged (synthetic)' });

  await page.goto(`${app.url}#/returns/case/${person.id}`);
  const steps = panelOf(page).getByRole('group', { name: 'Next steps' });
  await expect(steps.getByRole('button', { name: 'Release to the asylum route', exact: true })).toBeDisabled();
  await steps.getByRole('button', { name: 'Lift a barrier', exact: true }).click();
  const form = panelOf(page).getByRole('form', { name: 'Lift a barrier' });
  await expect(form.getByLabel('Release to the asylum route instead of resuming the case')).toBeDisabled();
  // Its label reads as unavailable too: the same grey as the hint under it, not the bold of a question to answer.
  const label = form.locator('label', { hasText: 'Release to the asylum route instead of resuming the case' });
  await expect(label).toHaveCSS('font-weight', '400');
  await expect(form.getByRole('note')).toHaveText(RELEASE_IS_A_SUPERVISORS);
  await screenshot(page, 'returns-officer-lift-barrier');

  // Asked for over the API all the same, the engine refuses it in the same words.
  const paused = await api('returns.get', { arrivalId: person.id });
  const lift = api('returns.applyEvent', { id: paused.case!.id, version: paused.case!.version, event: { type: 'LIFT_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM', release: true }, reason: 'Claim refused (synthetic)' });
  await expect(lift).rejects.toThrow(RELEASE_IS_A_SUPERVISORS);
});

test('lifting one of two barriers without a reason says what the reason is for', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(2);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Asfaha', 'Robel');
  let view = await walkCase(api, person.id, 'DETAINED');
  for (const barrier of ['MODERN_SLAVERY_REFERRAL', 'HUMAN_RIGHTS_CLAIM'] as const) {
    view = await api('returns.applyEvent', { id: view.case!.id, version: view.case!.version, event: { type: 'RAISE_BARRIER', barrier }, reason: 'Raised (synthetic)' });
  }

  await page.goto(`${app.url}#/returns/case/${person.id}`);
  await panelOf(page).getByRole('group', { name: 'Next steps' }).getByRole('button', { name: 'Lift a barrier', exact: true }).click();
  const form = panelOf(page).getByRole('form', { name: 'Lift a barrier' });
  await form.getByLabel('Barrier').selectOption({ label: 'Modern-slavery (NRM) referral' });
  await form.getByRole('button', { name: 'Confirm' }).click();
  await expect(form.locator('.field', { has: page.getByLabel(/^Reason/) }).getByRole('alert')).toHaveText(
    'A reason is required to lift a barrier while another still holds the case (Human-rights claim)',
  );
  await screenshot(page, 'returns-lift-one-of-two-barriers');
});
