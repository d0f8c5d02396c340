/**
 * `npm run screenshots`: walks the demo in headless Chromium at desktop and phone width and writes
 * docs/screenshots/<width>-<nn>-<view>.png. Starts its own demo (fresh temporary database, free port), so the
 * pictures do not depend on what someone did in their local demo.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { ViewName } from '../src/config';
import type { OpenArgs, SupportWidget } from '../src/core/types';
import { startDemo } from '../demo/server/start.js';
import { CHROMIUM_ARGS, INSTALL_HINT, chromiumPath } from './chromium.mjs';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'screenshots');

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

type Width = keyof typeof VIEWPORTS;

const dialog = (page: Page) => page.locator('med-support [role="dialog"]');

/** The host API, called in the page the way the demo's own code calls it. */
function openWidget(page: Page, view: ViewName, arg?: string): Promise<void> {
  return page.evaluate(([v, a]) => (window.MedSupport as SupportWidget).open(...([v, a] as OpenArgs)), [view, arg] as const);
}

function closeWidget(page: Page): Promise<void> {
  return page.evaluate(() => (window.MedSupport as SupportWidget).close());
}

async function agentReply(base: string, key: string, internalNote?: string): Promise<void> {
  const post = async (path: string, body: unknown): Promise<void> => {
    const response = await fetch(`${base}demo/agent/requests/${key}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`agent ${path} for ${key}: HTTP ${response.status}`);
  };
  if (internalNote) await post('comments', { body: internalNote, internal: true, author: 'Sabine Roth (medondo Support)' });
  await post('comments', { body: 'Guten Tag Frau Dr. Berger,\nunter Abrechnung › Rechnungen können Sie mehrere Rechnungen markieren und mit „Sammeldruck“ als ein PDF drucken.', author: 'Sabine Roth (medondo Support)' });
  await post('status', { status: 'waiting_for_customer', author: 'Sabine Roth (medondo Support)' });
}

async function walk(browser: Browser, base: string, width: Width): Promise<string[]> {
  const context = await browser.newContext({ viewport: VIEWPORTS[width], reducedMotion: 'reduce', locale: 'de-DE', isMobile: width === 'phone', hasTouch: width === 'phone' });
  const page = await context.newPage();
  const written: string[] = [];
  const shot = async (n: number, name: string): Promise<void> => {
    // No hover highlight from the last click; fonts and lazy chunks settle (transitions are off: reducedMotion).
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    const file = join(outDir, `${width}-${String(n).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  };
  const panel = dialog(page);

  await page.goto(`${base}?demoUser=u-berger-anna#/termine`);
  await page.locator('med-support .launcher').waitFor();
  await shot(1, 'host-launcher');

  await page.locator('med-support .launcher').click();
  await panel.getByRole('button', { name: /Unterstützung zur Anwendung/ }).waitFor();
  await shot(2, 'category-picker');

  await panel.getByRole('button', { name: /Unterstützung zur Anwendung/ }).click();
  await panel.getByLabel('Zusammenfassung').fill('Rechnung drucken');
  await panel.locator('.suggestions').waitFor();
  // The typed summary at the top, the suggestions under it: both in one picture.
  await panel.locator('label[for="ms-f-summary"]').evaluate((label) => label.scrollIntoView({ block: 'start' }));
  await shot(3, 'form-suggestions');

  await panel.getByRole('button', { name: 'Senden' }).click();
  const keyText = panel.locator('.request-key');
  await keyText.waitFor();
  const key = (await keyText.textContent()) ?? '';
  await shot(4, 'success');
  await closeWidget(page);

  await page.goto(`${base}#/einstellungen/behandler`);
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Behandler anlegen' }).click();
    await page.getByRole('form', { name: 'Neuer Behandler' }).getByRole('button', { name: 'Speichern' }).click();
  }
  await page.getByRole('button', { name: 'Behandler anlegen' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Behandler-Kontingent ausgeschöpft' });
  await warning.scrollIntoViewIfNeeded();
  await shot(7, 'licence-warning');
  await warning.getByRole('button', { name: 'Weitere Lizenzen anfragen' }).click();
  await panel.getByText('Behandler-Lizenzen Ihrer Praxis').waitFor();
  await shot(8, 'licence-form');
  await closeWidget(page);

  await page.goto(`${base}#/abrechnung`);
  await page.getByRole('button', { name: 'Sammelabrechnung senden' }).click();
  await page.getByRole('button', { name: 'Fehler melden' }).click();
  await panel.getByLabel('Zusammenfassung').waitFor();
  await shot(9, 'error-report');
  await closeWidget(page);

  const agent = await context.newPage();
  await agentReply(base, key);
  await agent.goto(`${base}agent?key=${key}`);
  await agent.getByText('Sammeldruck').first().waitFor();
  // On a phone the opened request sits below the list; it is the part worth showing.
  if (width === 'phone') await agent.locator('#detail').evaluate((detail) => detail.scrollIntoView({ block: 'start' }));
  await agent.waitForTimeout(400);
  const agentFile = join(outDir, `${width}-10-agent-console.png`);
  await agent.screenshot({ path: agentFile });
  await agent.goto(`${base}outbox`);
  await agent.locator('.mail').first().waitFor();
  await agent.waitForTimeout(400);
  const outboxFile = join(outDir, `${width}-11-outbox.png`);
  await agent.screenshot({ path: outboxFile });
  written.push(agentFile, outboxFile);
  await agent.close();

  // Last, because these two views were still being built when the demo was: the list and one request.
  await page.goto(`${base}#/termine`);
  await page.locator('med-support .launcher').waitFor();
  await openWidget(page, 'requests');
  await panel.getByText(key).first().waitFor();
  await shot(5, 'requests-list');
  await openWidget(page, 'request', key);
  await panel.getByText('Sammeldruck').waitFor();
  await shot(6, 'request-activity');

  await context.close();
  return written;
}

/**
 * The demo on Jira Service Management (`--backend jsm`): the console acting as a JSM agent with an internal note and
 * a public reply, and the widget's request page, where only the reply shows. Desktop only.
 */
async function walkJsm(browser: Browser, base: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, reducedMotion: 'reduce', locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(`${base}?demoUser=u-berger-anna#/termine`);
  await page.locator('med-support .launcher').waitFor();
  await openWidget(page, 'new', 'support');
  const panel = dialog(page);
  await panel.getByLabel('Zusammenfassung').fill('Mehrere Rechnungen auf einmal drucken');
  await panel.getByRole('button', { name: 'Senden' }).click();
  const keyText = panel.locator('.request-key');
  await keyText.waitFor();
  const key = (await keyText.textContent()) ?? '';
  await closeWidget(page);
  await agentReply(base, key, 'Intern: Sammeldruck ist seit 4.2 im Paket „Abrechnung plus“, Vertrag prüfen.');
  const agent = await context.newPage();
  await agent.goto(`${base}agent?key=${key}`);
  await agent.getByText('Sammeldruck').first().waitFor();
  await agent.getByText('Intern:').first().scrollIntoViewIfNeeded();
  await agent.waitForTimeout(400);
  const consoleFile = join(outDir, 'desktop-12-jsm-console.png');
  await agent.screenshot({ path: consoleFile });
  await agent.close();
  await openWidget(page, 'request', key);
  await panel.getByText('Sammeldruck').waitFor();
  await panel.getByText('Sammeldruck').scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  const requestFile = join(outDir, 'desktop-13-jsm-request.png');
  await page.screenshot({ path: requestFile });
  await context.close();
  return [consoleFile, requestFile];
}

const executablePath = chromiumPath();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const demo = await startDemo({ root, port: 0, host: '127.0.0.1', build: true, tempData: true, log: (line) => console.log(line) });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const width of Object.keys(VIEWPORTS) as Width[]) {
    // 127.0.0.1, not localhost: Node's fetch (agent replies) may try ::1 first, where the demo does not listen.
    const files = await walk(browser, demo.url.replace('localhost', '127.0.0.1'), width);
    console.log(`${width}: ${files.length} screenshots`);
  }
  const jsmDemo = await startDemo({ root, port: 0, host: '127.0.0.1', build: false, tempData: true, backend: 'jsm', log: (line) => console.log(line) });
  try {
    console.log(`jsm: ${(await walkJsm(browser, jsmDemo.url.replace('localhost', '127.0.0.1'))).length} screenshots`);
  } finally {
    await jsmDemo.close();
  }
  console.log(`written to ${outDir}`);
} finally {
  await browser.close();
  await demo.close();
}
