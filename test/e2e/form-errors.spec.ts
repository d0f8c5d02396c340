import { expect, test, type Page, type Route } from '@playwright/test';
import { createRequest, dialog, launcher, tokenFor, uniqueId } from './support/helpers';

type Host = { MedSupport: { open(view: string, arg?: unknown): void } };

/** Answers the next matching write as the portal answers a body it refuses: 422 with the offending fields. */
const refuse = (errors: { field: string; message: string }[]) => (route: Route) =>
  route.fulfill({
    status: 422,
    contentType: 'application/problem+json',
    body: JSON.stringify({
      type: 'urn:medsupport:problem:validation',
      title: 'Validation failed',
      status: 422,
      detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors,
    }),
  });

async function licenceForm(page: Page, user: string) {
  await page.goto(`/pages/plain.html?user=${user}`);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Lizenzierung und Rechnungen/ }).click();
  const form = dialog(page);
  await form.getByLabel('Zusammenfassung').fill('Weitere Behandler-Lizenzen');
  await form.getByLabel('Thema').selectOption('licences');
  return form;
}

// A refusal has the widget fetch the request types again; one still under way as a test ends must not fail it.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

type ServedType = { key: string; fields: unknown[]; attachmentsRequired?: boolean };

/** The portal's request types as served, with `edit` applied to the billing type (as a JSM admin may change it). */
const editBilling = (page: Page, edit: (billing: ServedType) => void) =>
  page.route('**/api/portal/v1/request-types*', async (route) => {
    const response = await route.fetch();
    const types = (await response.json()) as ServedType[];
    const billing = types.find((t) => t.key === 'billing');
    if (billing) edit(billing);
    await route.fulfill({ response, json: types });
  });

/** The element's accessible description: the texts its aria-describedby names, looked up in its own shadow root. */
const description = (page: Page, selector: string) =>
  dialog(page)
    .locator(selector)
    .evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => (el.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? '').join(' '));

test('a licence count outside 1–500 is refused in the form, marked and focused, before anything is sent', async ({ page }) => {
  const form = await licenceForm(page, uniqueId('range'));
  let posted = 0;
  page.on('request', (r) => void (r.method() === 'POST' && /\/requests$/.test(r.url()) && posted++));
  const count = form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen');
  for (const value of ['0', '501']) {
    await count.fill(value);
    await form.getByRole('button', { name: 'Senden', exact: true }).click();
    await expect(count).toHaveAttribute('aria-invalid', 'true');
    await expect(count).toBeFocused();
    expect(await description(page, '#ms-f-licencesWanted')).toContain('Bitte geben Sie eine Zahl von 1 bis 500 ein.');
  }
  expect(posted).toBe(0);
  await count.fill('500');
  await expect(count).not.toHaveAttribute('aria-invalid');
});

test('a 422 naming fields marks them with their own message and focus; the text fits and names no missing button; the draft stays', async ({ page }) => {
  const form = await licenceForm(page, uniqueId('refused'));
  await form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('3');
  await form.getByLabel('Kundennummer').fill('K-00000');
  // A rule only the portal knows: the form cannot catch it and must show the portal's verdict on the field.
  await page.route('**/api/portal/v1/requests', refuse([{ field: 'fields.customerNumber', message: 'is not a customer number of this practice' }]));
  await form.getByRole('button', { name: 'Senden', exact: true }).click();

  const customer = form.getByLabel('Kundennummer');
  await expect(customer).toHaveAttribute('aria-invalid', 'true');
  await expect(customer).toBeFocused();
  expect(await description(page, '#ms-f-customerNumber')).toContain('Das Supportportal hat „Kundennummer“ so nicht angenommen.');
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('Bitte prüfen Sie die markierten Felder.');
  await expect(alert).toContainText('Ihr Text ist gespeichert');
  await expect(alert).not.toContainText('Erneut versuchen');
  await expect(form).not.toContainText('is not a customer number');
  await expect(form.getByRole('button', { name: 'Senden', exact: true })).toBeVisible();

  await page.reload();
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /^Entwurf fortsetzen: Fragen zu Lizenzierung/ }).click();
  await expect(dialog(page).getByLabel('Kundennummer')).toHaveValue('K-00000');
  await expect(dialog(page).getByLabel('Gewünschte zusätzliche Behandler-Lizenzen')).toHaveValue('3');
});

/** Pastes a small PNG into the text field `label`, as a screenshot is pasted, and waits for its upload. */
async function pasteImage(page: Page, label: string, name: string) {
  const form = dialog(page);
  await form.getByLabel(label).evaluate((el, fileName) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0))], fileName, { type: 'image/png' }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, composed: true, cancelable: true }));
  }, name);
  await expect(form.locator('.file.done')).toContainText(name);
}

test("a refusal of the whole form (a JSM site's own rule, naming no field) shows the service desk's words, as text; the draft stays", async ({ page }) => {
  const form = await licenceForm(page, uniqueId('whole'));
  await form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('3');
  await page.route('**/api/portal/v1/requests', refuse([{ field: 'fields', message: 'Rechnungsnummer bitte als RE-JJJJ-NNN <b>angeben</b>' }]));
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('Das Supportportal hat die Anfrage so nicht angenommen und schreibt dazu: „Rechnungsnummer bitte als RE-JJJJ-NNN <b>angeben</b>“');
  await expect(alert.locator('b')).toHaveCount(0);
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen')).toHaveValue('3');
});

test('an unreachable portal keeps the draft and points to the Retry button the form then shows', async ({ page }) => {
  const form = await licenceForm(page, uniqueId('down'));
  await form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('3');
  await page.route('**/api/portal/v1/requests', (route) => route.abort('connectionrefused'));
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('„Erneut versuchen“');
  await expect(form.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
});

test('a reply the portal refuses is marked on the reply box, focused, with a sentence of the widget', async ({ page }) => {
  const user = uniqueId('reply422');
  const key = await createRequest(await tokenFor(user), 'Druck bricht ab');
  await page.goto(`/pages/plain.html?user=${user}`);
  await page.evaluate((k) => (window as unknown as Host).MedSupport.open('request', k), key);
  const reply = dialog(page).getByLabel('Ihre Antwort');
  await reply.fill('Hier noch ein Detail.');
  await page.route(`**/api/portal/v1/requests/${key}/comments`, refuse([{ field: 'body', message: 'contains a blocked word' }]));
  await dialog(page).getByRole('button', { name: 'Antwort senden' }).click();
  await expect(reply).toHaveAttribute('aria-invalid', 'true');
  await expect(reply).toBeFocused();
  await expect(dialog(page).locator('.reply')).toContainText('Das Supportportal hat „Ihre Antwort“ so nicht angenommen.');
  await expect(dialog(page).locator('.reply [role="alert"]')).not.toContainText('Erneut versuchen');
  await expect(reply).toHaveValue('Hier noch ein Detail.');
});

test('the profile refuses an empty name before saving, marked and focused, and marks a name the portal refuses', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${uniqueId('profile')}`);
  await page.evaluate(() => (window as unknown as Host).MedSupport.open('profile'));
  const name = dialog(page).getByLabel('Name');
  await expect(name).not.toHaveValue('');
  let patched = 0;
  page.on('request', (r) => void (r.method() === 'PATCH' && r.url().endsWith('/me') && patched++));
  await name.fill('   ');
  await dialog(page).getByRole('button', { name: 'Speichern' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  expect(await description(page, '#ms-p-name')).toBe('Bitte füllen Sie „Name“ aus.');
  expect(patched).toBe(0);

  await name.fill('Anna');
  await expect(name).not.toHaveAttribute('aria-invalid');
  await page.route('**/api/portal/v1/me', (route) => (route.request().method() === 'PATCH' ? refuse([{ field: 'name', message: 'is reserved' }])(route) : route.continue()));
  await dialog(page).getByRole('button', { name: 'Speichern' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  await expect(dialog(page).getByRole('alert')).toHaveText('Bitte prüfen Sie die markierten Felder.');
});

test('a date field is the browser’s date input: required and empty it is marked, a chosen day goes as YYYY-MM-DD', async ({ page }) => {
  // A JSM request type's date picker, added to what the portal serves.
  await editBilling(page, (billing) => billing.fields.push({ id: 'since', label: 'Seit wann?', type: 'date', required: true }));
  let sent: { fields?: Record<string, string> } | null = null;
  await page.route('**/api/portal/v1/requests', async (route) => {
    sent = route.request().postDataJSON() as { fields?: Record<string, string> };
    await refuse([{ field: 'fields', message: 'Test' }])(route);
  });
  const form = await licenceForm(page, uniqueId('date'));
  await form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('2');
  const since = form.getByLabel('Seit wann?');
  await expect(since).toHaveAttribute('type', 'date');
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(since).toHaveAttribute('aria-invalid', 'true');
  await expect(since).toBeFocused();
  expect(sent).toBeNull();
  await since.fill('2026-12-01');
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect.poll(() => sent?.fields?.since).toBe('2026-12-01');
});

test('a form the support team changed meanwhile (a new required field): fetched again on the refusal, the field marked, the text kept', async ({ page }) => {
  let changed = false;
  await editBilling(page, (billing) => changed && billing.fields.push({ id: 'location', label: 'Standort', type: 'text', required: true }));
  let sent: { fields?: Record<string, string> } | null = null;
  await page.route('**/api/portal/v1/requests', async (route) => {
    sent = route.request().postDataJSON() as { fields?: Record<string, string> };
    await refuse(sent.fields?.location ? [{ field: 'fields', message: 'Test' }] : [{ field: 'fields.location', message: 'is required' }])(route);
  });
  const form = await licenceForm(page, uniqueId('changed'));
  await form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('3');
  changed = true;
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('Das Formular wurde inzwischen im Supportportal geändert und ist jetzt auf dem neuen Stand.');
  const location = form.getByLabel('Standort');
  await expect(location).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Zusammenfassung')).toHaveValue('Weitere Behandler-Lizenzen');
  await expect(form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen')).toHaveValue('3');
  await location.fill('Zweigpraxis Nord');
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect.poll(() => sent?.fields?.location).toBe('Zweigpraxis Nord');
});

test('opening the panel again after a few minutes asks for the categories again, and the open form shows a new field', async ({ page }) => {
  await page.clock.install();
  let reads = 0;
  await editBilling(page, (billing) => ++reads > 1 && billing.fields.push({ id: 'location', label: 'Standort', type: 'text', required: false }));
  const form = await licenceForm(page, uniqueId('reopen'));
  expect(reads).toBe(1);
  await page.keyboard.press('Escape');
  await page.clock.fastForward('06:00');
  await launcher(page).click();
  await expect(form.getByLabel('Standort')).toBeVisible();
  await expect(form.getByLabel('Zusammenfassung')).toHaveValue('Weitere Behandler-Lizenzen');
  expect(reads).toBe(2);
});

test('a category that needs a file says so; sent without one, the file picker is marked and focused and nothing goes', async ({ page }) => {
  await editBilling(page, (billing) => {
    billing.attachmentsRequired = true;
  });
  let sent: { attachments?: string[] } | null = null;
  await page.route('**/api/portal/v1/requests', async (route) => {
    sent = route.request().postDataJSON() as { attachments?: string[] };
    await refuse([{ field: 'fields', message: 'Test' }])(route);
  });
  const form = await licenceForm(page, uniqueId('needs-file'));
  await form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('3');
  await expect(form.getByText('Für diese Kategorie ist mindestens eine Datei nötig')).toBeVisible();
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  const choose = form.getByRole('button', { name: 'Dateien auswählen' });
  await expect(choose).toBeFocused();
  expect(await description(page, '#ms-attach-new-choose')).toContain('Bitte fügen Sie mindestens eine Datei an.');
  expect(sent).toBeNull();
  await pasteImage(page, 'Beschreibung', 'rechnung.png');
  await expect(form.getByText('Bitte fügen Sie mindestens eine Datei an.')).toHaveCount(0);
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect.poll(() => sent?.attachments?.length).toBe(1);
});

test("files the service desk refuses (its own size limit) are marked at the picker in its words, not as missing; the text stays", async ({ page }) => {
  const limit = 'The file is too large: the maximum attachment size is 1048576 bytes';
  await page.route('**/api/portal/v1/requests', refuse([{ field: 'attachments', message: `${limit}.` }]));
  const form = await licenceForm(page, uniqueId('file-refused'));
  await form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('3');
  await pasteImage(page, 'Beschreibung', 'scan.png');
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(form.getByRole('button', { name: 'Dateien auswählen' })).toBeFocused();
  const said = await description(page, '#ms-attach-new-choose');
  expect(said).toContain(`Das Supportportal hat die Dateien nicht angenommen: ${limit}.`);
  expect(said).not.toContain('mindestens eine Datei');
  await expect(form.getByRole('alert').first()).toContainText('markierten');
  await expect(form.getByLabel('Zusammenfassung')).toHaveValue('Weitere Behandler-Lizenzen');

  const user = uniqueId('reply-file-refused');
  const key = await createRequest(await tokenFor(user), 'Befund als Anhang');
  await page.goto(`/pages/plain.html?user=${user}`);
  await page.evaluate((k) => (window as unknown as Host).MedSupport.open('request', k), key);
  await dialog(page).getByLabel('Ihre Antwort').fill('Hier der Befund.');
  await pasteImage(page, 'Ihre Antwort', 'befund.png');
  await page.route(`**/api/portal/v1/requests/${key}/comments`, refuse([{ field: 'attachments', message: limit }]));
  await dialog(page).getByRole('button', { name: 'Antwort senden' }).click();
  await expect(dialog(page).locator('.reply')).toContainText(`Das Supportportal hat die Dateien nicht angenommen: ${limit}.`);
  await expect(dialog(page).getByLabel('Ihre Antwort')).toHaveValue('Hier der Befund.');
});

test('a request that arrives without its files (the service desk refused them afterwards) says which on the confirmation', async ({ page }) => {
  await page.route('**/api/portal/v1/requests', async (route) => {
    const response = await route.fetch();
    const created = (await response.json()) as { activity: { attachments?: unknown[] }[] };
    for (const item of created.activity) delete item.attachments;
    await route.fulfill({ response, json: created });
  });
  const form = await licenceForm(page, uniqueId('files-left'));
  await form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('3');
  await pasteImage(page, 'Beschreibung', 'rechnung.png');
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(dialog(page).locator('.success')).toContainText('Diese Dateien sind nicht mit angekommen: rechnung.png. Bitte hängen Sie sie in der Anfrage an eine Antwort an.');
  await page.unroute('**/api/portal/v1/requests');

  const whole = await licenceForm(page, uniqueId('files-arrived'));
  await whole.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('2');
  await pasteImage(page, 'Beschreibung', 'rechnung.png');
  await whole.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(dialog(page).locator('.success')).toContainText('Ihre Anfrage');
  await expect(dialog(page).locator('.success')).not.toContainText('nicht mit angekommen');
});

test.describe('in Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('a date and time field is the browser’s input; the time goes with the device’s offset from UTC', async ({ page }) => {
    await editBilling(page, (billing) => billing.fields.push({ id: 'when', label: 'Wann wünschen Sie den Rückruf?', type: 'datetime', required: true }));
    let sent: { fields?: Record<string, string> } | null = null;
    await page.route('**/api/portal/v1/requests', async (route) => {
      sent = route.request().postDataJSON() as { fields?: Record<string, string> };
      await refuse([{ field: 'fields', message: 'Test' }])(route);
    });
    const form = await licenceForm(page, uniqueId('datetime'));
    await form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('2');
    const when = form.getByLabel('Wann wünschen Sie den Rückruf?');
    await expect(when).toHaveAttribute('type', 'datetime-local');
    await form.getByRole('button', { name: 'Senden', exact: true }).click();
    await expect(when).toHaveAttribute('aria-invalid', 'true');
    expect(await description(page, '#ms-f-when')).toContain('Bitte füllen Sie „Wann wünschen Sie den Rückruf?“ aus.');
    expect(sent).toBeNull();
    await when.fill('2026-12-08T14:30');
    await form.getByRole('button', { name: 'Senden', exact: true }).click();
    await expect.poll(() => sent?.fields?.when).toBe('2026-12-08T14:30+01:00');
  });
});

test('a refusal naming no field, of a form changed meanwhile (JSM\'s words name the new field): the form is fetched again and says so', async ({ page }) => {
  let changed = false;
  await editBilling(page, (billing) => changed && billing.fields.push({ id: 'customfield_10130', label: 'Standort', type: 'text', required: true }));
  await page.route('**/api/portal/v1/requests', refuse([{ field: 'fields', message: 'Standort ist erforderlich.' }]));
  const form = await licenceForm(page, uniqueId('changed-whole'));
  await form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen').fill('3');
  changed = true;
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(form.getByLabel('Standort')).toBeVisible();
  await expect(form.getByRole('alert')).toContainText('Das Formular wurde inzwischen im Supportportal geändert');
  await expect(form.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen')).toHaveValue('3');
});
