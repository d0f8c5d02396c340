import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_AGENT_KEY } from '../../../server/config';
import { dialog, launcher } from './helpers';
import { PORTAL_API } from './ports';

/** `auto` follows prefers-color-scheme, which these tests set to dark for it. */
export type Scheme = 'light' | 'dark' | 'auto';
export type Lang = 'de' | 'en';

/** Every WCAG 2.0 and 2.1 rule of levels A and AA that axe has. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A user in a practice of its own: no other test's requests show up in its lists, and its requests in no other's. */
export function freshIdentity(prefix: string): { user: string; org: string } {
  const id = `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { user: `u-${id}`, org: `org-${id}` };
}

/** Opens test/e2e/pages/a11y.html: without `user` the widget runs for a visitor. Motion is reduced so no fade is half done. */
export async function openA11yPage(page: Page, options: { scheme: Scheme; locale: Lang; user?: string; org?: string }): Promise<void> {
  const query = new URLSearchParams({ scheme: options.scheme, locale: options.locale });
  if (options.user) query.set('user', options.user);
  if (options.org) query.set('org', options.org);
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: options.scheme === 'light' ? 'light' : 'dark' });
  await page.goto(`/pages/a11y.html?${query}`);
  await expect(launcher(page)).toBeVisible();
}

/** Calls a method of `window.MedSupport`, as a host app would. */
export function widget(page: Page, method: string, ...args: unknown[]): Promise<void> {
  return page.evaluate(
    ([name, rest]) => {
      const api = (window as unknown as { MedSupport: Record<string, (...a: unknown[]) => void> }).MedSupport;
      api[name]!(...rest);
    },
    [method, args] as const,
  );
}

/** The view on top of the stack (the others stay mounted but hidden). */
export const currentView = (page: Page) => dialog(page).locator('section.body:not([hidden])');

/**
 * Landmark rules (axe's best practices) that the widget must keep too: its dialog adds no second banner or other
 * duplicate landmark beside the host page's own.
 */
const LANDMARK_RULES = ['landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo', 'landmark-no-duplicate-main', 'landmark-unique', 'landmark-banner-is-top-level'];

/**
 * axe's WCAG 2.1 A/AA violations on the page, the widget's shadow root included, plus the landmark rules; one line
 * per failing node. The host page (test/e2e/pages/a11y.html) is clean, so every line is the widget's.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const rules = Object.fromEntries(LANDMARK_RULES.map((id) => [id, { enabled: true }]));
  const results = await new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: WCAG_TAGS }, rules }).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`));
}

// ---- portal data through the API, as the host's backend and the support team would create it

export async function tokenFor(page: Page, user: string, org: string): Promise<string> {
  return (await page.request.get(`/token?${new URLSearchParams({ sub: user, org })}`)).text();
}

/** Creates a request as the token's user; a user's first call to the portal sets their profile language. */
export async function createRequest(page: Page, token: string, locale: Lang, fields: Record<string, string>, requestTypeId = 'rt-support'): Promise<string> {
  const response = await page.request.post(`${PORTAL_API}/requests`, {
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': crypto.randomUUID(), 'accept-language': locale },
    data: { requestTypeId, fields },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { key: string }).key;
}

export async function asAgent(page: Page, key: string, action: 'comments' | 'status', data: Record<string, string>): Promise<void> {
  const response = await page.request.post(`${PORTAL_API}/agent/requests/${key}/${action}`, {
    headers: { authorization: `Bearer ${DEMO_AGENT_KEY}` },
    data,
  });
  expect(response.ok(), await response.text()).toBe(true);
}

// ---- focus

export interface FocusInfo {
  /** Focus is on an element inside the open dialog (looking through shadow roots). */
  inDialog: boolean;
  /** tag, id and accessible-ish text of the focused element, for messages. */
  what: string;
}

/** Where focus really is: document.activeElement stops at the shadow host. */
export function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    let el = document.activeElement as Element | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const panel = document.querySelector('med-support')?.shadowRoot?.querySelector('[role="dialog"]');
    const what = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"` : 'nothing';
    return { inDialog: !!el && !!panel && !panel.hasAttribute('hidden') && panel.contains(el), what };
  });
}

/** After every step of a walkthrough: focus was not dropped to the page (document.body) or left behind. */
export async function expectFocusInDialog(page: Page, step: string): Promise<void> {
  const where = async (): Promise<string> => {
    const info = await focusInfo(page);
    return info.inDialog ? 'inside the dialog' : info.what;
  };
  await expect.poll(where, { message: `${step}: focus` }).toBe('inside the dialog');
}

/** `target` has focus (looking through shadow roots). */
export async function expectFocusOn(target: Locator, step: string): Promise<void> {
  await expect
    .poll(
      () =>
        target.evaluate((el) => {
          let active = document.activeElement as Element | null;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active === el;
        }),
      { message: `${step}: focus on ${String(target)}` },
    )
    .toBe(true);
}

/**
 * Records, every animation frame while the dialog is open, whether focus fell to the page (document.body) after it
 * had been inside the dialog: a view change that drops focus even for one frame makes a screen reader jump.
 */
export function watchFocus(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { focusLost?: string[] };
    if (w.focusLost) return;
    const lost: string[] = (w.focusLost = []);
    let wasInside = false;
    const tick = (): void => {
      const panel = document.querySelector('med-support')?.shadowRoot?.querySelector('[role="dialog"]');
      if (panel && !panel.hasAttribute('hidden')) {
        let el = document.activeElement as Element | null;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (el && panel.contains(el)) wasInside = true;
        else if (wasInside && (!el || el === document.body || el === document.documentElement || el.localName === 'med-support')) {
          lost.push(`focus on ${el ? el.localName : 'nothing'} in view "${panel.querySelector('#ms-title')?.textContent ?? ''}"`);
          wasInside = false;
        }
      } else wasInside = false;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export function focusLosses(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { focusLost?: string[] }).focusLost ?? []);
}

/** Presses `key` (Tab or Shift+Tab) until `target` has focus; only keys, no clicks. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 60): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    const focused = await target.evaluate((el) => {
      let active = document.activeElement as Element | null;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active === el;
    });
    if (focused) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${String(target)} was not reached with ${max} × ${key}; focus is on ${(await focusInfo(page)).what}`);
}

// ---- colours, computed in the browser from the styles in force

export interface ColourFinding {
  what: string;
  ratio: number;
  needed: number;
  colours: string;
}

/**
 * Runs in the page, as one self-contained function (Playwright sends its source to the browser), so the colour
 * math below exists once for both audits.
 *
 * `text`: every visible element with text of its own (and placeholders, and the text of inputs and
 * selects) against the background it is painted on, composited through transparent layers; needs 4.5:1 at any size.
 * Input borders: 3:1 against the surrounding background (WCAG 1.4.11). Returns the failures.
 *
 * `focus`: on the element that has focus, its focus indicator (outline) must exist, be at least 2 px,
 * and contrast 3:1 with what it is drawn on — the element's own background for an inset outline, else what lies
 * around the element (a spread box-shadow ring counts as part of the indicator, as its inner colour).
 */
function auditColours(kind: 'text' | 'focus'): ColourFinding[] | ColourFinding | null {
  type RGBA = [number, number, number, number];
  const parse = (value: string): RGBA | null => {
    const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(value);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const over = (top: RGBA, below: RGBA): RGBA => {
    const a = top[3];
    return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
  };
  const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const background = (start: Element | null): RGBA => {
    const layers: RGBA[] = [];
    for (let el = start; el; el = parentOf(el)) {
      const colour = parse(getComputedStyle(el).backgroundColor);
      if (colour && colour[3] > 0) layers.push(colour);
      if (colour && colour[3] >= 1) break;
    }
    return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const luminance = ([r, g, b]: RGBA): number => {
    const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const ratio = (a: RGBA, b: RGBA): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const hex = (c: RGBA) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  if (kind === 'focus') {
    let el = document.activeElement as Element | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { what: 'nothing has focus', ratio: 0, needed: 3, colours: '' };
    const what = `${el.localName}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
    const style = getComputedStyle(el);
    const width = parseFloat(style.outlineWidth);
    const colour = parse(style.outlineColor);
    if (style.outlineStyle === 'none' || width < 2 || !colour) return { what: `${what}: no outline of 2 px or more`, ratio: 0, needed: 3, colours: `${style.outlineStyle} ${style.outlineWidth}` };
    const inset = parseFloat(style.outlineOffset) < 0;
    const behind = inset ? background(el) : background(parentOf(el));
    const ring = /(rgba?\([^)]*\))\s+0px\s+0px\s+0px\s+[1-9]/.exec(style.boxShadow);
    const inner = !inset && ring ? parse(ring[1]!) : null;
    const outline = over(colour, behind);
    const value = Math.max(ratio(outline, behind), inner ? Math.min(ratio(outline, over(inner, behind)), ratio(over(inner, behind), behind)) : 0);
    return value >= 3 ? null : { what, ratio: Math.round(value * 100) / 100, needed: 3, colours: `${hex(outline)} on ${hex(behind)}${inner ? ` with ring ${hex(over(inner, behind))}` : ''}` };
  }
  const name = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

  const panel = document.querySelector('med-support')?.shadowRoot?.querySelector('[role="dialog"]');
  if (!panel) return [{ what: 'no dialog', ratio: 0, needed: 4.5, colours: '' }];
  const findings: ColourFinding[] = [];
  const check = (what: string, fg: RGBA, bg: RGBA, needed: number): void => {
    const value = ratio(over(fg, bg), bg);
    if (value < needed) findings.push({ what, ratio: Math.round(value * 100) / 100, needed, colours: `${hex(over(fg, bg))} on ${hex(bg)}` });
  };
  for (const el of panel.querySelectorAll('*')) {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || el.localName === 'option') continue;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden (sr-only): read, not seen
    const style = getComputedStyle(el);
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
    const fg = parse(style.color);
    if (fg && (ownText || (field && !(el instanceof HTMLInputElement && el.type === 'checkbox')))) check(`text of ${name(el)}`, fg, background(el), 4.5);
    if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.placeholder && !el.value) {
      const placeholder = parse(getComputedStyle(el, '::placeholder').color);
      if (placeholder) check(`placeholder of ${name(el)}`, placeholder, background(el), 4.5);
    }
    if (field && !(el instanceof HTMLInputElement && el.type === 'checkbox') && style.borderTopStyle !== 'none') {
      const border = parse(style.borderTopColor);
      if (border) check(`border of ${name(el)}`, border, background(parentOf(el)), 3);
    }
  }
  return findings;
}

/** Text, placeholder and input-border contrast of the open dialog; the failures. */
export const auditTextColours = (page: Page): Promise<ColourFinding[]> => page.evaluate(auditColours, 'text' as const) as Promise<ColourFinding[]>;

/** The focus indicator of whatever has focus; null when it passes. */
export const auditFocusIndicator = (page: Page): Promise<ColourFinding | null> => page.evaluate(auditColours, 'focus' as const) as Promise<ColourFinding | null>;
