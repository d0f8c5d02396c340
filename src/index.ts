import type { WidgetConfig } from './config';
import { warn } from './core/log';
import type { SupportWidget } from './core/types';
import { createWidget } from './core/widget';

export type { ColorScheme, Credentials, GetToken, Identity, Locale, LocaleTag, MessageKey, Theme, ViewName, WidgetConfig } from './config';
export type { Handler, NewRequestPrefill, OpenArgs, SupportWidget, ViewArgs, WidgetErrorCode, WidgetEvent, WidgetEvents } from './core/types';

const nothing = (): void => undefined;

/** What server-side rendering gets: the same API, doing nothing, so shared code needs no `typeof window` checks. */
function inertWidget(): SupportWidget {
  return {
    init: nothing,
    open: nothing,
    close: nothing,
    toggle: nothing,
    isOpen: () => false,
    identify: nothing,
    logout: nothing,
    setLocale: nothing,
    setContext: nothing,
    on: () => nothing,
    off: nothing,
    destroy: nothing,
  };
}

const widgetsOnPage = (): number => document.querySelectorAll('med-support').length;

/**
 * Creates a widget instance for bundler users. Pass the config to initialise at once, or call `init` later.
 * The panel code is split off and loaded on first open or when the browser is idle. `ready` comes after this call
 * has returned, so a handler added right after it hears it. Without a `document` (server-side rendering) the instance
 * does nothing.
 */
export function createSupportWidget(config?: WidgetConfig): SupportWidget {
  if (typeof document === 'undefined') {
    warn('createSupportWidget() ran without a document (server-side rendering?): this instance does nothing. Create it in the browser.');
    return inertWidget();
  }
  const widget = createWidget(() => import('./panel/index'));
  const init = widget.init;
  // Two instances are two launchers and two panels: almost always a remount that did not destroy() the first one.
  widget.init = (input) => {
    const before = widgetsOnPage();
    init(input);
    if (before && widgetsOnPage() > before) warn('A second widget is on the page now; destroy() the first instance before creating another.');
  };
  if (config) widget.init(config);
  return widget;
}
