import type { Page } from '@playwright/test';
import { formatUkDateTime, utcIsoToUkLocalInput } from '../../../shared/domain/time';
import { expect, test } from '../support/app-fixture';
import { daysAgo, landBoat, smallBoatPerson, walkCase } from '../support/returns';
import { screenshot } from '../support/screens';

// Synthetic people only. Arrival times are set from the real clock, as the pilot's rules are.
test.use({ viewport: { width: 1280, height: 900 } });

const panelOf = (page: Page) => page.getByRole('region', { name: 'Returns pilot' });
const minute = (iso: string) => new Date(Math.floor(Date.parse(iso) / 60_000) * 60_000).toISOString();
const WHEN = 'When it happened (UK, optional)';

async function openStep(page: Page, step: string) {
  await panelOf(page).getByRole('group', { name: 'Next steps' }).getByRole('button', { name: step, exact: true }).click();
  return panelOf(page).getByRole('form', { name: step });
}

test("France's acceptance takes the time it happened, and a removal cannot be confirmed before the decision recorded earlier", async ({ page, app, api }) => {
  const arrivedAt = daysAgo(4);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Ghebre', 'Dawit');
  let view = await walkCase(api, person.id, 'ELIGIBILITY_CHECKED');
  const step = async (event: Parameters<typeof api<'returns.applyEvent'>>[1]['event']) =>
    (view = await api('returns.applyEvent', { id: view.case!.id, version: view.case!.version, event, reason: null }));
  await step({ type: 'DETAIN', occurredAt: minute(daysAgo(3)) });
  await step({ type: 'SERVE_NOTICE' });
  await step({ type: 'REFER_TO_FRANCE', occurredAt: minute(daysAgo(2)) });

  // France's answer came in the night, recorded the next morning with the time it came.
  const acceptedAt = minute(daysAgo(1));
  await page.goto(`${app.url}#/returns/case/${person.id}`);
  const accept = await openStep(page, 'Record acceptance by France');
  await accept.getByLabel(WHEN).fill(utcIsoToUkLocalInput(acceptedAt));
  await accept.getByRole('button', { name: 'Confirm' }).click();
  await expect(panelOf(page).getByRole('table', { name: 'Case history' })).toContainText(`happened ${formatUkDateTime(acceptedAt)}`);

  view = await api('returns.get', { arrivalId: person.id });
  await step({ type: 'DECIDE_INADMISSIBILITY' });
  const decidedAt = view.case!.history.at(-1)!.at;
  await step({ type: 'SCHEDULE_REMOVAL', removalAt: minute(new Date(Date.now() + 86_400_000).toISOString()) });

  await page.reload();
  const confirm = await openStep(page, 'Confirm the removal');
  const field = confirm.locator('.field', { has: page.getByLabel(WHEN) });
  const tooEarly = minute(daysAgo(0, 12));
  await confirm.getByLabel(WHEN).fill(utcIsoToUkLocalInput(tooEarly));
  await expect(field.getByRole('alert')).toHaveText(
    `The time it happened (${formatUkDateTime(tooEarly)}) is before the inadmissibility decision was made (${formatUkDateTime(decidedAt)}).`,
  );
  await screenshot(page, 'returns-removal-before-decision');
  // Confirmed all the same, the engine refuses it in the same words.
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm.locator('.banner--error')).toContainText('Not recorded. A case in "Removal scheduled" cannot move to "Removed to France"');
  await expect(confirm.locator('.banner--error')).toContainText('is before the inadmissibility decision was made');
  await expect(panelOf(page)).toContainText('Removal scheduled');
});
