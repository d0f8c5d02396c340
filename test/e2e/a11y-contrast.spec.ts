import { expect, test, type Page } from '@playwright/test';
import {
  asAgent,
  auditFocusIndicator,
  auditTextColours,
  createRequest,
  currentView,
  freshIdentity,
  openA11yPage,
  tabTo,
  tokenFor,
  widget,
  type Scheme,
} from './support/a11y';
import { dialog, launcher } from './support/helpers';

/**
 * Contrast computed from the styles in force, beyond what axe checks: every text at 4.5:1 (large text too),
 * placeholders, input borders at 3:1, and the focus indicator of every element Tab reaches at 3:1 against what
 * it is drawn on. In light, dark, and auto with a dark system preference; the host page follows the scheme.
 */

async function textColours(page: Page, view: string): Promise<void> {
  expect.soft(await auditTextColours(page), `text and border contrast in ${view}`).toEqual([]);
}

/** Tabs once around the dialog (the trap brings focus back to the first element), checking each focus ring. */
async function tabRound(page: Page): Promise<{ count: number; findings: unknown[]; jumped: boolean }> {
  await page.evaluate(() => ((window as unknown as { ringsSeen: WeakSet<Element> }).ringsSeen = new WeakSet()));
  const findings: unknown[] = [];
  let jumped = false;
  let count = 0;
  for (; count < 80; count++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      let el = document.activeElement as HTMLElement | null;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
      const seen = (window as unknown as { ringsSeen: WeakSet<Element> }).ringsSeen;
      if (!el || seen.has(el)) return 'again';
      seen.add(el);
      // Tab never lands on tabindex=-1 (the title): focus was moved there by the widget during the round.
      return el.tabIndex < 0 ? `focus jumped to ${el.localName}#${el.id}, which Tab does not reach` : 'new';
    });
    if (step === 'again') break;
    jumped ||= step !== 'new';
    const finding = step === 'new' ? await auditFocusIndicator(page) : step;
    if (finding) findings.push(finding);
  }
  return { count, findings, jumped };
}

/**
 * A round of focus rings. A focus jump is reported when a second round sees it again: the widget moving focus on its
 * own does so every time, while a round that met a one-off re-render (seen once in CI among hundreds of rounds)
 * would otherwise fail the audit of the rings.
 */
async function focusRings(page: Page, view: string): Promise<void> {
  let round = await tabRound(page);
  if (round.jumped) round = await tabRound(page);
  expect(round.count, `Tab reaches several elements in ${view}`).toBeGreaterThan(2);
  expect.soft(round.findings, `focus indicators in ${view}`).toEqual([]);
}

async function both(page: Page, view: string): Promise<void> {
  await textColours(page, view);
  await focusRings(page, view);
}

for (const scheme of ['light', 'dark', 'auto'] as Scheme[]) {
  test(`contrast of text, borders and focus indicators (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    const { user, org } = freshIdentity('a11y-c');
    const token = await tokenFor(page, user, org);
    const key = await createRequest(page, token, 'de', { summary: 'Drucker druckt keine Rechnungen', description: 'Seit dem Update.' });
    await asAgent(page, key, 'status', { status: 'waiting_for_customer' });
    await asAgent(page, key, 'comments', { body: 'Welchen Drucker verwenden Sie?' });
    await openA11yPage(page, { scheme, locale: 'de', user, org });

    await tabTo(page, launcher(page));
    expect.soft(await auditFocusIndicator(page), 'focus indicator of the launcher on the host page').toBeNull();
    await page.keyboard.press('Enter');
    await expect(currentView(page).locator('.category').first()).toBeVisible();
    await textColours(page, 'home');
    await tabTo(page, currentView(page).locator('#ms-home-search'));
    await page.keyboard.type('Rechnung drucken');
    await expect(currentView(page).locator('.article-link mark').first()).toBeVisible();
    await both(page, 'home with search hits');

    await widget(page, 'open', 'new', { category: 'bug' });
    await currentView(page).getByRole('button', { name: 'Senden', exact: true }).click();
    await expect(currentView(page).locator('.field-error').first()).toBeVisible();
    await currentView(page).getByLabel('Beschreibung').fill('Rechnung drucken geht nicht');
    await expect(currentView(page).locator('.suggestions .article-link').first()).toBeVisible();
    await both(page, 'form with errors and suggestions');

    await currentView(page).locator('.suggestions .article-link').first().click();
    await expect(currentView(page).locator('.article-body')).toBeVisible();
    await both(page, 'article');

    await widget(page, 'open', 'new', { category: 'support' });
    await currentView(page).getByLabel('Zusammenfassung').fill('Kontrast prüfen');
    await currentView(page).getByRole('button', { name: 'Senden', exact: true }).click();
    await expect(currentView(page).locator('.request-key')).toBeVisible();
    await both(page, 'success');

    await widget(page, 'open', 'requests');
    await currentView(page).getByRole('button', { name: 'Alle' }).click();
    await expect(currentView(page).locator('.request-row')).toHaveCount(2);
    await both(page, 'requests list, all of the practice');

    await widget(page, 'open', 'request', key);
    await expect(currentView(page).locator('.activity-item.comment.agent')).toBeVisible();
    await currentView(page).getByRole('button', { name: 'Antwort senden' }).click();
    await expect(currentView(page).locator('.reply .field-error')).toBeVisible();
    await both(page, 'request page with activity and an empty reply');

    await widget(page, 'open', 'profile');
    await currentView(page).getByRole('button', { name: 'Speichern' }).click();
    await expect(currentView(page).locator('.notice')).toBeVisible();
    await both(page, 'profile, saved');

    // The session runs out: the banner over every view.
    await page.route((url) => url.pathname === '/token', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'refused-token' }));
    await page.route('**/api/portal/v1/**', (route) =>
      route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }) }),
    );
    await widget(page, 'open', 'request', key);
    await expect(dialog(page).locator('.expired')).toBeVisible();
    await textColours(page, 'session expired');
  });
}

test('a light accent from the host gets dark text: header, buttons, focus rings in the header, the launcher', async ({ page }) => {
  for (const accent of ['#4caf50', '#2196f3']) {
    const { user, org } = freshIdentity('a11y-accent');
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await page.goto(`/pages/a11y.html?${new URLSearchParams({ scheme: 'light', locale: 'de', accent, user, org })}`);
    await launcher(page).click();
    await expect(currentView(page).locator('.category').first()).toBeVisible();
    await textColours(page, `home, accent ${accent}`);
    await focusRings(page, `home, accent ${accent}`);
    await widget(page, 'open', 'new', { category: 'support' });
    await expect(currentView(page).getByRole('button', { name: 'Senden', exact: true })).toBeVisible();
    await textColours(page, `form, accent ${accent}`);
    // The launcher's icon (currentColor) on the accent: 3:1 at least for an icon, the ink reaches 4.5:1 here.
    const ratio = await launcher(page).evaluate((button) => {
      const rgb = (value: string) => (/rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)/.exec(value) ?? []).slice(1, 4).map(Number);
      const luminance = (c: number[]) => {
        const [r, g, b] = c.map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(button);
      const [hi, lo] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))].sort((a, b) => b - a) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    });
    expect.soft(ratio, `launcher on ${accent}`).toBeGreaterThanOrEqual(4.5);
  }
});

test('an accent that is no CSS colour falls back to the default with a warning: launcher and header keep their background', async ({ page }) => {
  const warned: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warned.push(message.text());
  });
  const { user, org } = freshIdentity('a11y-bad-accent');
  await page.goto(`/pages/a11y.html?${new URLSearchParams({ scheme: 'light', locale: 'de', accent: 'not-a-colour', user, org })}`);
  await launcher(page).click();
  await expect(currentView(page).locator('.category').first()).toBeVisible();
  await expect(launcher(page)).toHaveCSS('background-color', 'rgb(11, 110, 79)');
  await textColours(page, 'home, accent not-a-colour');
  expect(warned).toContainEqual(expect.stringContaining('theme.accent "not-a-colour" is no CSS colour'));
});

test('a button busy sending keeps its text at 4.5:1 ("Wird gesendet …" is read on it), light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as Scheme[]) {
    const { user, org } = freshIdentity('a11y-busy');
    const held: (() => void)[] = [];
    await page.route(
      (url) => url.pathname.endsWith('/api/portal/v1/requests'),
      async (route) => {
        if (route.request().method() === 'POST') await new Promise<void>((resolve) => held.push(resolve));
        await route.continue();
      },
    );
    await openA11yPage(page, { scheme, locale: 'de', user, org });
    await widget(page, 'open', 'new', { category: 'support' });
    await currentView(page).getByLabel('Zusammenfassung').fill('Kontrast beim Senden');
    const send = currentView(page).locator('button[type="submit"]');
    await send.click();
    await expect(send).toHaveText('Wird gesendet …');
    // The text as painted: colour and background composited through the button's opacity onto the panel.
    const ratio = await send.evaluate((button) => {
      const rgb = (value: string) => (/rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)/.exec(value) ?? []).slice(1, 4).map(Number);
      const style = getComputedStyle(button);
      const alpha = Number(style.opacity);
      const panel = rgb(getComputedStyle(button.closest('.panel')!).backgroundColor);
      const mix = (c: number[]) => c.map((v, i) => v * alpha + panel[i]! * (1 - alpha));
      const luminance = (c: number[]) => {
        const [r, g, b] = c.map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [hi, lo] = [luminance(mix(rgb(style.color))), luminance(mix(rgb(style.backgroundColor)))].sort((a, b) => b - a) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    });
    expect(ratio, `busy Send button, ${scheme}`).toBeGreaterThanOrEqual(4.5);
    await expect.poll(() => held.length).toBe(1);
    held.shift()!();
    await expect(currentView(page).locator('.request-key')).toBeVisible();
    await page.unrouteAll();
  }
});
