import type { Locale } from '../config';
import type { PanelModule } from '../core/panel-contract';
import type { SupportWidget } from '../core/types';
import { createWidget } from '../core/widget';

type QueuedCall = [keyof SupportWidget, unknown[]];

// Marks the live API. The snippet adds `q` to whatever `window.MedSupport` holds, the live API too when it runs again
// after a remount, so `q` cannot tell a stub from the widget. Symbol.for: a second inclusion is a bundle of its own.
const LIVE: unique symbol = Symbol.for('MedSupport');

/** `window.MedSupport`: the snippet's stub with its queue, or the live API (with a `q` if the snippet ran again). */
type Global = Partial<SupportWidget> & { q?: QueuedCall[]; [LIVE]?: true };

const script = document.currentScript as HTMLScriptElement | null;
const global = window as unknown as { MedSupport?: Global };
const existing = global.MedSupport;
const queue = existing?.q ?? [];

// Included again (a remount, or twice on one page): the live API stays, so `window.MedSupport` keeps controlling the
// one widget on the page, and only the calls queued since are run.
let widget: SupportWidget;
if (existing?.[LIVE]) {
  widget = existing as SupportWidget;
  delete existing.q;
} else {
  // The panel lives next to this file, wherever the host serves it from.
  const base = new URL('.', script?.src || location.href).href;
  widget = createWidget(() => import(/* @vite-ignore */ `${base}med-support-panel.js`) as Promise<PanelModule>, script?.nonce);
  (global.MedSupport = widget as Global)[LIVE] = true;
}

const call = ([method, args]: QueuedCall): void => {
  const fn = widget[method] as ((...a: unknown[]) => void) | undefined;
  if (typeof fn === 'function') fn(...args);
};
const subscription = ([m]: QueuedCall): boolean => m === 'on' || m === 'off';
// Subscriptions first, so a queued on('ready') hears the init below.
queue.filter(subscription).forEach(call);
const data = script?.dataset;
if (data?.portalUrl && !queue.some(([m]) => m === 'init')) {
  widget.init({
    portalUrl: data.portalUrl,
    locale: data.locale as Locale | undefined,
    launcher: data.launcher !== 'false',
    position: data.position as 'bottom-right' | 'bottom-left' | undefined,
    appVersion: data.appVersion,
  });
}
queue.filter((c) => !subscription(c)).forEach(call);
