import { expect, test } from '../support/app-fixture';
import { formatCalendarDate, ukDayOf } from '../../../shared/domain/time';
import { daysAgo, landBoat, walkCase } from '../support/returns';
import { screenshot } from '../support/screens';

// Synthetic people only. Arrival times are set from the real clock, as the pilot's rules are.
test.use({ viewport: { width: 1280, height: 900 } });

test("an NRM referral on the person is shown on their returns case, and recorded as a barrier in one click and a confirm", async ({ page, app, api }) => {
  const arrivedAt = daysAgo(5);
  const referredOn = ukDayOf(daysAgo(4));
  const boat = await landBoat(api, arrivedAt);
  const person = await api('arrivals.create', {
    route: 'SMALL_BOAT', interceptionId: boat.id, site: 'WJF', arrivedAt, familyName: 'Rahimi', givenNames: 'Farid',
    dateOfBirth: '1995-04-02', sex: 'M', nationality: 'AFG', ageStatus: 'ADULT',
    vulnerability: { traffickingIndicators: true, nrmReferredAt: referredOn },
  });
  await walkCase(api, person.id, 'ELIGIBILITY_CHECKED');
  await page.goto(`${app.url}#/returns/case/${person.id}`);
  const panel = page.getByRole('region', { name: 'Returns pilot' });
  const notice = panel.getByTestId('nrm-referral-notice');
  await expect(notice).toContainText(`An NRM (modern-slavery) referral is recorded on this person's record, made on ${formatCalendarDate(referredOn)}.`);
  await expect(notice).toContainText('record it on the case, which pauses the case');
  // The eligibility check found every condition met: it says so, and that the referral still stands in the way.
  await expect(panel.getByTestId('eligibility-result')).toContainText('Every condition is met.');
  await expect(panel.getByTestId('eligibility-nrm-warning')).toContainText('An NRM referral is recorded on the person');
  // Nothing moved by itself: the case waits for an officer.
  await expect(panel.getByTestId('case-state')).toHaveText('Eligibility checked');
  await screenshot(page, 'returns-nrm-referral-notice');

  await notice.getByRole('button', { name: 'Record the NRM referral as a barrier' }).click();
  const form = panel.getByRole('form', { name: 'Record a barrier (pauses the case)' });
  await expect(form.getByLabel('Barrier')).toHaveValue('MODERN_SLAVERY_REFERRAL');
  const reason = form.getByLabel('Reason (required)');
  await expect(reason).toHaveValue(`NRM referral made on ${formatCalendarDate(referredOn)}, as recorded on the person's record.`);
  await expect(reason).toBeFocused();
  await screenshot(page, 'returns-nrm-barrier-form');
  await form.getByRole('button', { name: 'Confirm' }).click();

  await expect(panel.getByTestId('case-state')).toHaveText('Paused by a barrier');
  await expect(panel.getByText('Paused by Modern-slavery (NRM) referral.')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(panel.getByTestId('eligibility-nrm-warning')).toHaveCount(0);
  const latest = panel.getByRole('table', { name: 'Case history' }).getByRole('row').last();
  await expect(latest).toContainText('Demo Supervisor');
  await expect(latest).toContainText(`NRM referral made on ${formatCalendarDate(referredOn)}`);
});
