import { expect, test } from '@playwright/test';
import { dialog, launcher, uniqueId } from './support/helpers';

test('a counter shows, and is announced, as a long description nears its limit', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${uniqueId('counter')}`);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Unterstützung zur Anwendung/ }).click();
  const description = dialog(page).getByLabel('Beschreibung');
  await description.fill('x'.repeat(1000));
  await expect(dialog(page).locator('.counter')).toHaveCount(0);
  await description.fill('Protokoll: '.repeat(2800));
  const counter = dialog(page).locator('.counter');
  await expect(counter).toHaveText('30.800 von 32.000 Zeichen – noch 1.200');
  await expect(description).toHaveAccessibleDescription(/30\.800 von 32\.000 Zeichen/);
  await expect(dialog(page).locator('[aria-live="polite"]').filter({ hasText: 'Zeichen' })).toHaveText('Noch 1.200 Zeichen bis zur Höchstlänge.');
  await description.fill('x'.repeat(32_010));
  await expect(counter).toHaveClass(/over/);
  await expect(counter).toContainText('10 Zeichen zu viel');
});
