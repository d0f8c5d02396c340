import { launchChromium } from './chromium';
import { type FirstOpenResult, measureFirstOpen } from './first-open';
import { type HostCostRun, measureHostCost } from './host-cost';
import { measureMemory, type MemoryRun } from './memory';
import { startPortalProcess } from './portal-process';
import { startSite } from './site';

export interface WidgetBenchOptions {
  distDir: string;
  hostCostRuns: number;
  openRuns: number;
  memoryRuns: number;
  memoryCycles: number;
  log: (line: string) => void;
}

export interface WidgetBenchResult {
  chromium: string;
  hostCost: HostCostRun[];
  firstOpen: FirstOpenResult;
  memory: MemoryRun[];
}

/** The widget in headless Chromium on the bench host page, against the reference portal with a fresh database. */
export async function runWidgetBench(options: WidgetBenchOptions): Promise<WidgetBenchResult> {
  const portal = await startPortalProcess();
  const site = await startSite({ portalApiUrl: portal.apiUrl, distDir: options.distDir });
  const browser = await launchChromium();
  try {
    const hostUrl = `${site.origin}/pages/host.html`;
    options.log(`host cost: ${options.hostCostRuns} traced page loads`);
    const hostCost = await measureHostCost(browser, hostUrl, `${site.origin}/dist/`, options.hostCostRuns);
    options.log(`first open: ${options.openRuns} fresh contexts per case`);
    const firstOpen = await measureFirstOpen(browser, hostUrl, options.openRuns);
    options.log(`memory: ${options.memoryRuns} × ${options.memoryCycles} open/close cycles`);
    const memory = await measureMemory(browser, hostUrl, options.memoryRuns, options.memoryCycles);
    return { chromium: browser.version(), hostCost, firstOpen, memory };
  } finally {
    await browser.close();
    await site.stop();
    await portal.stop();
  }
}
