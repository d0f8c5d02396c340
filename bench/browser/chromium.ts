import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, INSTALL_HINT } from '../../scripts/chromium.mjs';

/** The system Chromium the browser tests use; never a download. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
