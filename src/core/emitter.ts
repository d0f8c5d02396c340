import { warn } from './log';
import type { Handler, WidgetEvent, WidgetEvents } from './types';

export interface Emitter {
  on<E extends WidgetEvent>(event: E, handler: Handler<E>): () => void;
  off<E extends WidgetEvent>(event: E, handler: Handler<E>): void;
  emit<E extends WidgetEvent>(event: E, payload: WidgetEvents[E]): void;
  clear(): void;
}

export function createEmitter(): Emitter {
  const handlers = new Map<WidgetEvent, Set<(payload: never) => void>>();
  const off: Emitter['off'] = (event, handler) => {
    handlers.get(event)?.delete(handler);
  };
  return {
    on(event, handler) {
      if (typeof handler !== 'function') {
        warn(`on("${event}", handler) needs a function.`);
        return () => undefined;
      }
      let set = handlers.get(event);
      if (!set) handlers.set(event, (set = new Set()));
      set.add(handler);
      return () => off(event, handler);
    },
    off,
    emit(event, payload) {
      for (const handler of [...(handlers.get(event) ?? [])]) {
        // A failing host handler must neither break the widget nor stop the other handlers.
        try {
          (handler as Handler<typeof event>)(payload);
        } catch (error) {
          warn(`A "${event}" handler threw.`, error);
        }
      }
    },
    clear() {
      handlers.clear();
    },
  };
}
