// `npm run bench:first-open [-- --runs=50 --dist=a/ --dist=b/]`: only the bench's first-open rows, for working on the
// first open without the whole bench. Same pages, portal and Chromium as `npm run bench`. With several builds, their
// runs alternate one by one, so a change in the machine's load falls on all of them alike.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser/chromium';
import { type FirstOpenResult, measureFirstOpen } from './browser/first-open';
import { startPortalProcess } from './browser/portal-process';
import { renderTable, spread } from './browser/report';
import { type Site, startSite } from './browser/site';
import type { WidgetBenchResult } from './browser/widget';
import { firstOpenRows } from './browser/widget-rows';

const option = (name: string): string[] => process.argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const runs = Number(option('runs')[0] ?? 50);
const dists = option('dist').length ? option('dist') : [join(import.meta.dirname, '..', 'dist')];
const loads = [loadavg()[0] ?? 0];
setInterval(() => loads.push(loadavg()[0] ?? 0), 5_000).unref();

const portal = await startPortalProcess();
const sites: Site[] = [];
const browser = await launchChromium();
try {
  for (const distDir of dists) sites.push(await startSite({ portalApiUrl: portal.apiUrl, distDir }));
  const results: FirstOpenResult[] = dists.map(() => ({ coldOnLaunch: [], coldAfterIdle: [], warm: [] }));
  for (let run = 0; run < runs; run++) {
    for (const [i, site] of sites.entries()) {
      const one = await measureFirstOpen(browser, `${site.origin}/pages/host.html`, 1);
      results[i]!.coldOnLaunch.push(...one.coldOnLaunch);
      results[i]!.coldAfterIdle.push(...one.coldAfterIdle);
      results[i]!.warm.push(...one.warm);
    }
  }
  const load = spread(loads);
  console.log(`${new Date().toISOString().slice(0, 16)}, ${runs} runs per case, 1-min load average ${load.median.toFixed(1)} (${load.min.toFixed(1)}–${load.max.toFixed(1)})`);
  for (const [i, firstOpen] of results.entries()) {
    console.log(`\n${dists[i]}`);
    console.log(renderTable(firstOpenRows({ firstOpen } as WidgetBenchResult)));
    const long = firstOpen.coldOnLaunch.flatMap((s, run) => s.longTasks.map((t) => `run ${run + 1}: ${t.duration.toFixed(0)} ms`));
    if (long.length) console.log(`long tasks at launch: ${long.join(', ')}`);
    console.log(`cold at launch, every open: ${firstOpen.coldOnLaunch.map((s) => s.ms.toFixed(0)).join(' ')}`);
  }
} finally {
  await browser.close();
  await Promise.all(sites.map((site) => site.stop()));
  await portal.stop();
}
