import { expect, test } from './test';

test('a failed dataset download explains itself and "Try again" recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/data/hled.json', async (route) => {
    if (fail) await route.fulfill({ status: 500, body: 'server error' });
    else await route.continue();
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be downloaded (HTTP 500', { timeout: 10_000 });
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('U.S.–Mexico High-Level Economic Dialogue');
});

test('a dataset that breaks the contract lists each problem with its JSON path', async ({ page }) => {
  await page.route('**/data/hled.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.initiatives[0].pillars = [{ pillar: 'P5', basis: 'stated', citations: [{ source: 'S33' }] }];
    data.sources[0].url = 'javascript:alert(1)';
    await route.fulfill({ response, json: data });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The dataset could not be used');
  await expect(alert).toContainText('sources[0].url: must be an http:// or https:// URL');
  await expect(page.getByRole('banner')).toContainText('HLED Explorer');
});

// (On the overview itself the pre-rendered page shows while the dataset loads: see first-screen.spec.ts.)
test('a slow dataset shows a loading skeleton first', async ({ page }) => {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/hled.json', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('/pillars');
  await expect(page.getByRole('status')).toContainText('Loading the dialogue dataset…');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pillars');
});

test('a dataset request that never answers times out with an explanation and "Try again"', async ({ page }) => {
  await page.clock.install();
  let hang = true;
  await page.route('**/data/hled.json', async (route) => {
    if (!hang) return route.continue();
    // Never answer: the network is gone.
    await new Promise(() => {});
  });
  await page.goto('/meetings');
  await expect(page.getByRole('status')).toContainText('Loading the dialogue dataset…');
  // The app retries a failed download once; let both attempts run out. The clock moves on in steps until the
  // alert shows: each attempt's timer is set only once the one before has been aborted, which takes real time (on a
  // busy CI machine a fixed 21 + 5 + 21 s could all pass before the second attempt had set its timer).
  const alert = page.getByRole('alert');
  await expect(async () => {
    await page.clock.runFor(5_000);
    await expect(alert).toContainText('could not be downloaded (no answer after 20 s)', { timeout: 250 });
  }).toPass({ timeout: 20_000 });
  hang = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.clock.runFor(1_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');
});
