import { expect, test, type Locator, type Page, type Response } from '@playwright/test';
import { dialog, launcher, suggestionsShown, tokenFor, uniqueId } from './support/helpers';
import { PORTAL_API } from './support/ports';

// #15, learning from what helped: a deflection with a colloquial query is reported with the query's words, and once
// k distinct practices (the portal's default, 5) have reported a word for an article, the same query suggests it.
const K = 5;
const ARTICLE = { id: 'geraete-kartenlesegeraet', title: 'Kartenlesegerät anschließen und einrichten' };
// Bavarian for "the box beeps": neither word is in an article, in the built-in synonym table or near one.
const COLLOQUIAL = 'Kastl piepst';

interface Feedback {
  terms: string[];
  kind: string;
}

const feedbackAnswer = (response: Response) => response.request().method() === 'POST' && response.url().endsWith('/feedback');

/** Every feedback the page sends (article id and body), as the widget sent it; the calls go on to the portal. */
async function catchFeedback(page: Page): Promise<{ id: string; body: Feedback }[]> {
  const caught: { id: string; body: Feedback }[] = [];
  await page.route('**/api/portal/v1/articles/*/feedback', (route) => {
    const id = decodeURIComponent(/articles\/([^/]+)\/feedback$/.exec(route.request().url())![1]!);
    caught.push({ id, body: JSON.parse(route.request().postDataBuffer()!.toString('utf8')) as Feedback });
    return route.continue();
  });
  return caught;
}
const current = (page: Page) => dialog(page).locator('section.body:not([hidden])');

async function openFormAs(page: Page, user: string, org: string): Promise<Locator> {
  await page.goto(`/pages/plain.html?user=${user}&org=${org}`);
  await launcher(page).click();
  return openForm(page);
}

async function openForm(page: Page): Promise<Locator> {
  await dialog(page).locator('button.category', { hasText: 'Unterstützung zur Anwendung' }).click();
  const form = dialog(page).locator('form.request-form');
  await expect(form.getByLabel('Zusammenfassung')).toBeVisible();
  return form;
}

/** `count` users of as many other practices report `terms` for the article, straight to the portal. */
async function otherPractices(count: number, id: string, terms: string[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    const token = await tokenFor(uniqueId('learn-other'), { org: uniqueId('praxis-other') });
    const response = await fetch(`${PORTAL_API}/articles/${id}/feedback`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ terms, kind: 'solved' }),
    });
    expect(response.status).toBe(204);
  }
}

/** The article's learned keywords as `GET /articles` serves them. */
async function learnedKeywords(id: string): Promise<string[]> {
  const index = (await (await fetch(`${PORTAL_API}/articles`)).json()) as { id: string; learnedKeywords?: string[] }[];
  return index.filter((a) => a.id === id).flatMap((a) => a.learnedKeywords ?? []);
}

async function suggestionTitles(form: Locator, summary: string): Promise<string[]> {
  await form.getByLabel('Zusammenfassung').fill(summary);
  await suggestionsShown(form);
  return form.locator('.suggestions .article-link .article-title').allTextContents();
}

test('a colloquial query that found nothing suggests the article once k practices said it solved their problem', async ({ page }) => {
  const user = uniqueId('learn');
  const org = uniqueId('praxis-learn');

  // Before: the colloquial words alone do not bring the card reader article into the form's top 5.
  let form = await openFormAs(page, user, org);
  await form.getByLabel('Zusammenfassung').fill(COLLOQUIAL);
  await expect(form.getByText(/^(\d+ passender? Hilfeartikel gefunden|Keine passenden Hilfeartikel)$/)).toBeAttached();
  expect(await form.locator('.suggestions .article-link .article-title').allTextContents()).not.toContain(ARTICLE.title);
  await dialog(page).getByRole('button', { name: 'Zurück' }).click();

  // The user says it with one more word in the home search, opens the article and it solves the problem.
  const feedback = await catchFeedback(page);
  await dialog(page).getByLabel('In der Hilfe suchen').fill(`${COLLOQUIAL} Kartenleser`);
  await dialog(page).locator('.home-search .article-link', { hasText: ARTICLE.title }).click();
  const answered = page.waitForResponse(feedbackAnswer);
  await current(page).getByRole('button', { name: 'Das hat mein Problem gelöst' }).click();
  await expect(current(page).getByText('Danke für Ihre Rückmeldung')).toBeVisible();
  expect((await answered).status()).toBe(204);
  expect(feedback.map((f) => f.id)).toEqual([ARTICLE.id]);
  const body = feedback[0]!.body;
  expect(body.kind).toBe('solved');
  expect(Object.keys(body).sort()).toEqual(['kind', 'terms']);
  expect(body.terms).toEqual(expect.arrayContaining(['kastl', 'piepst']));
  // The query's words only: nothing longer than a word, nothing else typed anywhere.
  for (const term of body.terms) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);

  // k − 1 more practices report the same words for the same article (as their widgets would).
  await otherPractices(K - 1, ARTICLE.id, body.terms);

  // A fresh panel: the index is revalidated, now with the learned words, and the same query suggests the article.
  await page.reload();
  await launcher(page).click();
  form = await openForm(page);
  const titles = await suggestionTitles(form, COLLOQUIAL);
  expect(titles.length).toBeLessThanOrEqual(5);
  expect(titles).toContain(ARTICLE.title);
});

test('an article opened from the form, and the form then left unsent, is reported once as abandoned; "Nicht gelöst" is not', async ({ page }) => {
  const form = await openFormAs(page, uniqueId('abandon'), uniqueId('praxis-abandon'));
  const feedback = await catchFeedback(page);

  // Opened, answered "Nicht gelöst", back in the form, which is then left: nothing to report.
  await suggestionTitles(form, 'Etiketten drucken Klebezettel');
  await form.locator('.suggestions .article-link').first().click();
  await current(page).getByRole('button', { name: 'Nicht gelöst – weiter mit meiner Anfrage' }).click();
  await expect(form.getByLabel('Zusammenfassung')).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Zurück' }).click();
  await expect(dialog(page).getByLabel('In der Hilfe suchen')).toBeVisible();
  // Closing the panel with an article open is not leaving the form either.
  await openForm(page);
  await suggestionTitles(form, 'Etiketten drucken Klebezettel');
  const opened = (await form.locator('.suggestions .article-link .article-title').first().textContent()) ?? '';
  await form.locator('.suggestions .article-link').first().click();
  await expect(current(page).locator('h3').first()).toHaveText(opened);
  await dialog(page).getByRole('button', { name: 'Schließen' }).click();
  await launcher(page).click();
  await page.waitForTimeout(500);
  expect(feedback).toEqual([]);

  // Back from the article, then from the form to the start page, without sending: abandoned, once.
  const answered = page.waitForResponse(feedbackAnswer);
  await dialog(page).getByRole('button', { name: 'Zurück' }).click();
  await dialog(page).getByRole('button', { name: 'Zurück' }).click();
  expect((await answered).status()).toBe(204);
  await page.waitForTimeout(500);
  expect(feedback).toEqual([{ id: expect.any(String), body: { terms: expect.arrayContaining(['klebezettel']), kind: 'abandoned' } }]);
  expect(feedback[0]!.id).not.toBe('');
});

test('an article opened from the form is reported as abandoned when the page goes away unsent, not when the request is sent', async ({ page }) => {
  const user = uniqueId('gone');
  const org = uniqueId('praxis-gone');
  const feedback = await catchFeedback(page);

  // Sent after reading a suggestion: the article did not answer it, nothing is reported.
  let form = await openFormAs(page, user, org);
  await suggestionTitles(form, 'Kartenleser Wackelkontakt');
  await form.locator('.suggestions .article-link', { hasText: ARTICLE.title }).click();
  await dialog(page).getByRole('button', { name: 'Zurück' }).click();
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(dialog(page).locator('.request-key')).toHaveText(/^MED-\d+$/);
  await dialog(page).getByRole('button', { name: 'Zur Startseite' }).click();
  await page.waitForTimeout(500);
  expect(feedback).toEqual([]);

  // Opened, then the page is left. A request sent while the page unloads (keepalive) is neither shown to the test
  // nor let through a route of it, so the portal proves it: with k − 1 other practices' reports, this one makes the
  // word a learned keyword.
  await page.unrouteAll();
  await otherPractices(K - 1, ARTICLE.id, ['wackelkontakt']);
  expect(await learnedKeywords(ARTICLE.id)).not.toContain('wackelkontakt');
  form = await openFormAs(page, user, org);
  await suggestionTitles(form, 'Kartenleser Wackelkontakt');
  await form.locator('.suggestions .article-link', { hasText: ARTICLE.title }).click();
  await expect(current(page).locator('h3').first()).toHaveText(ARTICLE.title);
  await page.goto('about:blank');
  await expect.poll(() => learnedKeywords(ARTICLE.id)).toContain('wackelkontakt');
});
