import { expect, test } from '@playwright/test';
import { dialog, focusedText, launcher, openPage, pixelDifference } from './support/helpers';

test('calls queued by the snippet before the script loaded run in order', async ({ page }) => {
  await page.goto('/pages/plain.html#open');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('heading', { name: 'Hilfe & Support' })).toBeVisible();
  const events = await page.evaluate(() => (window as unknown as { events: [string, unknown][] }).events.map(([e]) => e));
  expect(events.slice(0, 2)).toEqual(['ready', 'open']);
  expect(await page.evaluate(() => document.querySelectorAll('med-support').length)).toBe(1);
  const globals = await page.evaluate(() => Object.keys(window).filter((k) => /medsupport/i.test(k)));
  expect(globals).toEqual(['MedSupport']);
});

test('the script tag alone initialises from data attributes', async ({ page }) => {
  await page.goto('/pages/data-attrs.html');
  await expect(launcher(page)).toHaveAccessibleName('Open help and support');
  await launcher(page).click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: /Report a problem/ })).toBeVisible();
});

test('keyboard only: Enter opens, Tab stays inside, Escape closes and focus returns to the launcher', async ({ page }) => {
  await openPage(page);
  await page.locator('#host-input').focus();
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toMatch(/^button#:Hilfe und Support öffnen/);
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  // The first open moves focus to the title once the dialog's shell is painted (App.tsx), a frame after it shows.
  await expect.poll(() => focusedText(page)).toMatch(/^h2#ms-title:/);
  await expect(dialog(page).locator('.category').first()).toBeVisible();
  const seen = new Set<string>();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      const root = document.querySelector('med-support')!.shadowRoot!;
      return !!root.activeElement?.closest('[role="dialog"]');
    });
    expect(inside).toBe(true);
    seen.add(await focusedText(page));
  }
  expect(seen.size).toBeGreaterThan(4);
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => !!document.querySelector('med-support')!.shadowRoot!.activeElement?.closest('[role="dialog"]'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  expect(await focusedText(page)).toMatch(/^button#:Hilfe und Support öffnen/);
});

test('focus returns to the host button that opened the panel', async ({ page }) => {
  await openPage(page);
  await page.locator('#host-help').click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await focusedText(page)).toMatch(/^button#host-help:Hilfe/);
});

test('hostile host CSS changes nothing in the panel, and the widget changes nothing on the host', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  const shoot = async (name: string) => {
    await openPage(page, name);
    await launcher(page).click();
    await expect(dialog(page).locator('.category').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    return dialog(page).screenshot({ animations: 'disabled', caret: 'hide' });
  };
  const clean = await shoot('plain.html');
  const hostile = await shoot('hostile.html');
  expect(await pixelDifference(page, clean, hostile)).toBeLessThan(0.002);

  await page.goto('/pages/hostile.html?user=u-berger-anna');
  const styles = () =>
    page.evaluate(() =>
      ['html', 'body', '#host-text'].map((sel) => {
        const s = getComputedStyle(document.querySelector(sel)!);
        return [s.fontSize, s.lineHeight, s.color, s.direction, s.display, s.boxSizing, s.overflow, s.fontFamily].join('|');
      }),
    );
  const before = await styles();
  await expect(launcher(page)).toBeVisible();
  await launcher(page).click();
  await expect(dialog(page)).toBeVisible();
  expect(await styles()).toEqual(before);
});

test('a strict CSP with a nonce sees no violation when the widget loads and opens', async ({ page }) => {
  await openPage(page, 'csp.html');
  await launcher(page).click();
  await expect(dialog(page).locator('.category').first()).toBeVisible();
  await dialog(page).locator('.category').first().click();
  await expect(dialog(page).locator('textarea').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('a failed panel load shows in the launcher and can be retried', async ({ page }) => {
  let fail = true;
  await page.route('**/dist/med-support-panel.js', (route) => (fail ? route.abort() : route.continue()));
  await openPage(page);
  await launcher(page).click();
  await expect(launcher(page)).toHaveAttribute('data-failed', '');
  await expect(launcher(page)).toContainText('konnte nicht geladen werden');
  fail = false;
  await launcher(page).click();
  await expect(launcher(page)).not.toHaveAttribute('data-failed', '');
});

test('on a phone the panel fills the screen and inputs are 16px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await openPage(page);
  await launcher(page).click();
  await dialog(page).locator('.category').first().click();
  // Measured once the opening animation has ended: it slides the panel in.
  await expect
    .poll(async () => {
      const box = await dialog(page).boundingBox();
      return box && [box.x, box.y, box.width, box.height].map(Math.round);
    })
    .toEqual([0, 0, 375, 700]);
  const size = await dialog(page).locator('textarea').first().evaluate((el) => getComputedStyle(el).fontSize);
  expect(size).toBe('16px');
});

test('in a window 400 px high (200 % zoom on a 1280×800 laptop) and on a phone held sideways the panel fills the view', async ({ page }) => {
  for (const [width, height] of [
    [640, 400],
    [844, 390],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openPage(page);
    await launcher(page).click();
    await expect(dialog(page).locator('.category').first()).toBeVisible();
    await expect
      .poll(async () => {
        const box = await dialog(page).boundingBox();
        return box && [box.x, box.y, box.width, box.height].map(Math.round);
      }, { message: `${width}×${height}` })
      .toEqual([0, 0, width, height]);
    // Closed from its header: the launcher, which the panel covers, is out of the way.
    await expect(launcher(page)).toBeHidden();
    await dialog(page).getByRole('button', { name: 'Schließen' }).click();
    await expect(launcher(page)).toBeVisible();
  }
});

test('a checkbox beside a label of two lines keeps its 18 px (profile, bug report), in German and English', async ({ page }) => {
  await openPage(page);
  for (const locale of ['de', 'en']) {
    await page.evaluate((l) => (window as unknown as { MedSupport: { setLocale(l: string): void } }).MedSupport.setLocale(l), locale);
    for (const view of ['profile', 'new'] as const) {
      await page.evaluate((v) => (window as unknown as { MedSupport: { open(v: string, a?: unknown): void } }).MedSupport.open(v, v === 'new' ? { category: 'bug' } : undefined), view);
      // The bug report's device choices too.
      const boxes = dialog(page).locator('section.body:not([hidden]) label.check input[type="checkbox"]');
      await expect(boxes.first()).toBeVisible();
      const sizes = await boxes.evaluateAll((els) => els.map((el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height]));
      expect(sizes.length, `${view}, ${locale}`).toBe(view === 'new' ? 4 : 1);
      for (const size of sizes) expect(size, `${view}, ${locale}`).toEqual([18, 18]);
    }
  }
});
