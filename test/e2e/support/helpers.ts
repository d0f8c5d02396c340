import { expect, type Page } from '@playwright/test';
import { HOST_PORT, type FaultMode } from './ports';

/** Playwright's CSS locators pierce open shadow roots, so these reach into <med-support>. */
export const dialog = (page: Page) => page.locator('med-support [role="dialog"]');
export const launcher = (page: Page) => page.locator('med-support .launcher');

export async function openPage(page: Page, name = 'plain.html', user = 'u-berger-anna'): Promise<void> {
  await page.goto(`/pages/${name}?user=${encodeURIComponent(user)}`);
  await expect(launcher(page)).toBeVisible();
}

export async function setFault(mode: FaultMode): Promise<void> {
  await fetch(`http://127.0.0.1:${HOST_PORT}/fault?mode=${mode}`, { method: 'POST' });
}

/** The name of the element that has focus, looking into shadow roots. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement as Element | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}#${el.id}:${el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40)}` : '';
  });
}

/** Fraction of differing pixels between two PNG screenshots, decoded and compared in the browser. */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const load = async (b64: string) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const [ia, ib] = await Promise.all([load(x), load(y)]);
      if (ia.width !== ib.width || ia.height !== ib.height) return 1;
      const pixels = (img: ImageBitmap) => {
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const pa = pixels(ia);
      const pb = pixels(ib);
      let diff = 0;
      for (let i = 0; i < pa.length; i += 4) {
        // Anti-aliasing tolerance: a channel may differ slightly.
        if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 48) diff++;
      }
      return diff / (pa.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}
