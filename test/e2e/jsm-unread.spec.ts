import { expect, test as base, type Page } from '@playwright/test';
import { dialog, firstUnreadCheck, launcher } from './support/helpers';
import { startJsmWorld, type JsmWorld, type JsmWorldOptions } from './support/jsm-world';

// Each test gets a simulator, a portal on the JSM backend and a host page of its own (see support/jsm-world.ts).
const test = base.extend<{ world: JsmWorld; gateway: JsmWorldOptions }>({
  gateway: [{ webhooks: true, pollIntervalMs: 60_000 }, { option: true }],
  world: async ({ gateway }, use) => {
    const world = await startJsmWorld(gateway);
    await use(world);
    await world.close();
  },
});

type Host = { MedSupport: { open(view: string, arg?: string): void; close(): void } };

const badge = (page: Page) => page.locator('med-support .launcher .badge');
const openRequest = (page: Page, key: string) => page.evaluate((k) => (window as unknown as Host).MedSupport.open('request', k), key);

/** The widget is up and has made its first unread check, so anything after this is news to it. */
async function openHost(page: Page, world: JsmWorld, summary: string) {
  const user = await world.newUser('jsm');
  const key = await world.createRequest(user, summary);
  const firstCheck = firstUnreadCheck(page);
  await page.goto(world.pageUrl(user, 300));
  await expect(launcher(page)).toBeVisible();
  await firstCheck;
  return key;
}

/** An agent's public reply in JSM raises the badge and shows on the request page, marked as the support team. */
async function expectReplyArrives(page: Page, world: JsmWorld, key: string, body: string) {
  await world.sim.agentComment(key, { body, internal: false });
  await expect(badge(page)).toHaveText('1');
  await expect(launcher(page)).toHaveAccessibleName(/1/);
  await openRequest(page, key);
  const reply = dialog(page).locator('.activity-item.agent', { hasText: body });
  await expect(reply).toBeVisible();
  await expect(reply.locator('.agent-tag')).toHaveText('Support-Team');
  await expect(badge(page)).toBeHidden();
}

test.describe('webhooks from Jira', () => {
  // The safety-net poll is far away: only the webhook can bring the reply within the test's time.
  test.use({ gateway: { webhooks: true, pollIntervalMs: 600_000 } });

  test('a public reply made in JSM shows as unread in the widget through the webhook', async ({ page, world }) => {
    const key = await openHost(page, world, 'Drucker druckt keine Rezepte');
    await expectReplyArrives(page, world, key, 'Bitte starten Sie den Druckdienst einmal neu.');
  });

  test('an internal note made in JSM never shows in the widget: no badge, not on the request page', async ({ page, world }) => {
    const key = await openHost(page, world, 'Etikettendrucker meldet Papierstau');
    const hooks: string[] = [];
    world.sim.onEvent((event) => hooks.push(event.webhookEvent));
    await world.sim.agentComment(key, { body: 'Intern: bekanntes Problem mit Treiber 4.2, Ticket DEV-88.', internal: true });
    expect(hooks).toContain('comment_created');
    // Several unread checks pass after the webhook; none may count the note.
    let checks = 0;
    page.on('response', (r) => void (r.url().includes('ownership=mine&status=all') && checks++));
    await expect.poll(() => checks).toBeGreaterThan(3);
    await expect(badge(page)).toBeHidden();

    // A public reply afterwards counts as one, not two, and the request page shows it without the note.
    await expectReplyArrives(page, world, key, 'Wir haben eine Lösung: bitte Treiber 4.3 installieren.');
    await expect(dialog(page).locator('.activity-item', { hasText: 'DEV-88' })).toHaveCount(0);
  });
});

test.describe('without webhooks', () => {
  test.use({ gateway: { webhooks: false, pollIntervalMs: 500 } });

  test('a public reply made in JSM shows as unread in the widget through the portal\'s poll of JSM', async ({ page, world }) => {
    const key = await openHost(page, world, 'Kalender lädt nicht');
    await expectReplyArrives(page, world, key, 'Bitte leeren Sie einmal den Browser-Cache.');
  });
});
