import type { WidgetConfig } from './config';
import type { SupportWidget } from './core/types';
import { createWidget } from './core/widget';

export type { ColorScheme, Identity, Locale, Theme, ViewName, WidgetConfig } from './config';
export type { Handler, NewRequestPrefill, SupportWidget, ViewArgs, WidgetEvent, WidgetEvents } from './core/types';

/**
 * Creates a widget instance for bundler users. Pass the config to initialise at once, or call `init` later.
 * The panel code is split off and loaded on first open or when the browser is idle.
 */
export function createSupportWidget(config?: WidgetConfig): SupportWidget {
  const widget = createWidget(() => import('./panel/index'));
  if (config) widget.init(config);
  return widget;
}
