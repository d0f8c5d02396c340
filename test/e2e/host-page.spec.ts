import { expect, test, type Locator } from '@playwright/test';
import { dialog, launcher, uniqueId } from './support/helpers';
import { HOST_PORT } from './support/ports';

const DEMO = `http://127.0.0.1:${Number(process.env.DEMO_E2E_PORT) || HOST_PORT + 1026}`;

async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [x, y] = [(await a.boundingBox())!, (await b.boundingBox())!];
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

test('the first search result keeps a gap to the search box; the open launcher shows a close mark instead of the chat icon', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${uniqueId('gap')}`);
  const chat = () => launcher(page).evaluate((el) => [getComputedStyle(el.querySelector('svg')!).display, getComputedStyle(el, '::before').content]);
  expect(await chat()).toEqual(['block', 'none']);
  await launcher(page).click();
  await expect(dialog(page)).toBeVisible();
  expect(await chat()).toEqual(['none', '"×"']);
  const search = dialog(page).getByLabel('In der Hilfe suchen');
  await search.fill('Rechnung drucken');
  const first = dialog(page).locator('.home-search .article-link').first();
  await expect(first).toBeVisible();
  const gap = (await first.boundingBox())!.y - ((await search.boundingBox())!.y + (await search.boundingBox())!.height);
  expect(gap).toBeGreaterThanOrEqual(6);
  await launcher(page).click();
  expect(await chat()).toEqual(['block', 'none']);
});

test('demo: its own controls and the last appointment row never sit under the launcher', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${DEMO}/?demoUser=u-berger-anna`);
  const button = page.locator('med-support .launcher');
  await expect(button).toBeVisible();
  const clear = page.locator('#events-clear');
  await clear.scrollIntoViewIfNeeded();
  expect(await overlaps(clear, button)).toBe(false);
  await clear.click();

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${DEMO}/?demoUser=u-berger-anna#/termine`);
  await expect(button).toBeVisible();
  const last = page.locator('#content .slot').last();
  await expect(last).toBeVisible();
  // Scrolled as far as the page and its content go: the last appointment and the demo's controls are clear of it.
  await page.evaluate(() => {
    document.querySelector('#content')?.scrollTo(0, 1e6);
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  // The page's content ends with room for the launcher: its end at the bottom of the screen leaves the last row clear.
  await page.locator('#content').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  expect(await overlaps(last, button)).toBe(false);
  // At the end of the page, the demo's own controls are clear of it too.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await overlaps(page.locator('#events-clear'), button)).toBe(false);
  expect(await overlaps(page.locator('.demo-panel .links a').last(), button)).toBe(false);
});
