/**
 * Opt-in typing of the script-tag global: `import type {} from 'medsupport/global'` (or `"types":
 * ["medsupport/global"]` in tsconfig). Kept out of the main entry so it cannot clash with a host's own declaration.
 */
import type { Handler, SupportWidget, WidgetEvent } from './core/types';

declare global {
  interface Window {
    /**
     * The snippet's queue stub until med-support.js has run, then the widget. The stub takes the same calls but
     * returns nothing: `isOpen()` and `on()`'s unsubscribe answer once the `ready` event has come.
     */
    MedSupport: Omit<SupportWidget, 'isOpen' | 'on'> & {
      isOpen(): boolean | undefined;
      on<E extends WidgetEvent>(event: E, handler: Handler<E>): (() => void) | undefined;
    };
  }
}

export {};
