import { expect, test } from '@playwright/test';
import { dialog, launcher, openPage, suggestionsShown } from './support/helpers';
import { PORTAL_API } from './support/ports';

// #15: users paste what the software said. The portal serves the texts each article quotes (`messages`), and the
// form's suggestions find the article that quotes the pasted message; its title, keywords and excerpt alone do not.
const MESSAGE = 'Bitte füllen Sie alle Pflichtfelder aus';

test('a pasted error message in the description suggests the article that quotes it', async ({ page }) => {
  const index = (await (await fetch(`${PORTAL_API}/articles?locale=de`)).json()) as { id: string; messages?: string[] }[];
  expect(index.find((a) => a.id === 'patienten-anlegen')?.messages).toContain(MESSAGE);

  await openPage(page);
  await launcher(page).click();
  await dialog(page).locator('button.category', { hasText: 'Fehler melden' }).click();
  const form = dialog(page).locator('form.request-form');
  await form.getByLabel('Zusammenfassung').fill('Komische Meldung');
  await form.getByLabel('Beschreibung').fill(`Es kommt immer „${MESSAGE}“. Was fehlt da?`);
  await suggestionsShown(form);
  await expect(form.locator('.suggestions .article-link .article-title')).toContainText(['Neuen Patienten anlegen']);
});
