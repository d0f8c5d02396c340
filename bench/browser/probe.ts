import type { Page } from '@playwright/test';

export interface LongTaskEntry {
  start: number;
  duration: number;
}

export interface OpenResult {
  /** performance.now() when the launcher was clicked. */
  clickAt: number;
  /** Milliseconds from the click until focus is inside the dialog and the category buttons are rendered. */
  ms: number;
}

/** What the probe puts on `window.medBench` in the bench's host page. */
export interface Probe {
  /** Every long task the page had (the host page runs nothing else, so they are the widget's). */
  longTasks: LongTaskEntry[];
  /** Clicks the launcher and resolves when the dialog is interactive. */
  open(): Promise<OpenResult>;
  /** Closes the panel through the host API and resolves when the dialog is hidden. */
  close(): Promise<void>;
}

/** The first open and the page's long tasks so far, as the probe reports it with `openOnLaunch`. */
export interface FirstOpenReport extends OpenResult {
  longTasks: LongTaskEntry[];
}

declare global {
  interface Window {
    medBench?: Probe;
    /** Exposed by the bench before the page loads (see measureFirstOpen). */
    medBenchFirstOpen?: (report: FirstOpenReport) => void;
  }
}

/** Runs in the page, before any of its scripts. Self-contained: it is sent to the browser as source text. */
function installProbe(openOnLaunch: boolean): void {
  const longTasks: LongTaskEntry[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const shadow = (): ShadowRoot | null => document.querySelector('med-support')?.shadowRoot ?? null;
  const interactive = (root: ShadowRoot): boolean => {
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
    const focused = root.activeElement;
    return !!dialog && !dialog.hidden && !!dialog.querySelector('.category') && !!focused && dialog.contains(focused);
  };
  // Checked on every change of the shadow tree and every focus move inside it: the first moment it holds.
  const until = (root: ShadowRoot, holds: (root: ShadowRoot) => boolean): Promise<number> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (!holds(root)) return;
        const at = performance.now();
        observer.disconnect();
        root.removeEventListener('focusin', check);
        resolve(at);
      };
      const observer = new MutationObserver(check);
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      root.addEventListener('focusin', check);
      check();
    });

  const open = (): Promise<OpenResult> => {
    const root = shadow();
    const launcher = root?.querySelector<HTMLButtonElement>('.launcher');
    if (!root || !launcher) return Promise.reject(new Error('no launcher'));
    const clickAt = performance.now();
    launcher.click();
    return until(root, interactive).then((at) => ({ clickAt, ms: at - clickAt }));
  };

  const close = (): Promise<void> => {
    const root = shadow();
    if (!root) return Promise.reject(new Error('no widget'));
    (window.MedSupport as { close(): void } | undefined)?.close();
    return until(root, (r) => !!r.querySelector<HTMLElement>('[role="dialog"]')?.hidden).then(() => undefined);
  };

  window.medBench = { longTasks, open, close };
  if (openOnLaunch) {
    // The open starts in the microtask after the loader drew the launcher. It is reported through a binding: an
    // evaluate by the bench during the open would run Playwright's own script in the page, a task of 10–30 ms that
    // counted against the widget. Long tasks are reported a little after they end.
    const watcher = new MutationObserver(() => {
      if (!shadow()?.querySelector('.launcher')) return;
      watcher.disconnect();
      void open().then((result) => setTimeout(() => window.medBenchFirstOpen?.({ ...result, longTasks }), 200));
    });
    watcher.observe(document, { childList: true, subtree: true });
  }
}

/**
 * Installs the probe in every document of the page. tsx compiles named inner functions with an `__name` helper
 * that only exists in Node, so the page gets a no-op one before the probe's source and the bench's evaluate calls.
 */
export async function addProbe(page: Page, options: { openOnLaunch: boolean }): Promise<void> {
  await page.addInitScript({
    content: `globalThis.__name = globalThis.__name || ((f) => f);\n(${installProbe.toString()})(${JSON.stringify(options.openOnLaunch)});`,
  });
}

/** Waits until the idle prefetch has drawn the (hidden) home view with its categories and the network is quiet. */
export async function waitForPrefetch(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector('med-support')?.shadowRoot?.querySelector('[role="dialog"] .category'));
  await page.waitForLoadState('networkidle');
}
