import type { Locale } from '../config';
import type { PanelModule } from '../core/panel-contract';
import type { SupportWidget } from '../core/types';
import { createWidget } from '../core/widget';

type Method = Exclude<keyof SupportWidget, 'isOpen'>;
type QueuedCall = [Method, unknown[]];
type Stub = Partial<SupportWidget> & { q?: QueuedCall[] };

declare global {
  interface Window {
    MedSupport?: SupportWidget | Stub;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const existing = window.MedSupport;

// Included twice: keep the first widget, so a page never gets a second launcher.
if (!existing || !('isOpen' in existing) || 'q' in existing) {
  const queue = (existing as Stub | undefined)?.q ?? [];
  // The panel lives next to this file, wherever the host serves it from.
  const base = new URL('.', script?.src || location.href).href;
  const widget = createWidget(() => import(/* @vite-ignore */ `${base}med-support-panel.js`) as Promise<PanelModule>);
  window.MedSupport = widget;

  const call = ([method, args]: QueuedCall): void => {
    const fn = widget[method] as ((...a: unknown[]) => void) | undefined;
    if (typeof fn === 'function') fn(...args);
  };
  // Subscriptions first, so a queued on('ready') hears the init below.
  queue.filter(([m]) => m === 'on' || m === 'off').forEach(call);
  const data = script?.dataset;
  if (data?.portalUrl && !queue.some(([m]) => m === 'init')) {
    widget.init({
      portalUrl: data.portalUrl,
      locale: data.locale as Locale | undefined,
      launcher: data.launcher !== 'false',
      position: data.position as 'bottom-right' | 'bottom-left' | undefined,
      appVersion: data.appVersion,
      nonce: script?.nonce || undefined,
    });
  }
  queue.filter(([m]) => m !== 'on' && m !== 'off').forEach(call);
}
