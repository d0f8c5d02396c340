import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, INSTALL_HINT } from '../../scripts/chromium.mjs';

/**
 * Chromium 156 preloads its omnibox popup (a WebUI page of some 200 modules) for every new browser context: traced,
 * it loaded right through each cold open at launch, on the same two cores, and the renderer's font lookups wait on
 * that browser process. A user's browser did that once when it started, not when a page of the host app opened.
 */
const BENCH_ARGS = ['--disable-features=PreloadTopChromeWebUI'];

/** The system Chromium the browser tests use; never a download. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...BENCH_ARGS] });
}
