import { computed, signal } from '@preact/signals';
import type { NewRequestPrefill } from '../core/types';

/** Every screen of the panel and what it needs to render. */
export interface RouteParams {
  home: object;
  new: { category?: string; prefill?: NewRequestPrefill };
  requests: object;
  request: { key: string };
  profile: object;
  /**
   * `fromDraft`: the request type whose draft "This solved my problem" may discard. `terms`: the index terms of the
   * query whose hits it was opened from, reported to the portal when it helped (state/feedback.ts).
   */
  article: { id: string; title?: string; fromDraft?: string; terms?: string[] };
  /** `filesLeft`: files sent with the request that it does not show (the service desk refused them). */
  success: { key: string; summary: string; filesLeft?: string[] };
}

export type ViewId = keyof RouteParams;
export type Route = { [V in ViewId]: { view: V } & RouteParams[V] }[ViewId];
export type RouteOf<V extends ViewId> = Extract<Route, { view: V }>;

const HOME: Route = { view: 'home' };

/** A view stack: Back pops, opening from the host starts a fresh stack above home. */
export function createRouter() {
  const stack = signal<Route[]>([HOME]);
  const current = computed(() => stack.value[stack.value.length - 1]!);
  return {
    stack,
    current,
    canGoBack: computed(() => stack.value.length > 1),
    push(route: Route) {
      stack.value = [...stack.value, route];
    },
    /** Replaces the top view, e.g. the form by its success view, so Back does not return to a sent form. */
    replace(route: Route) {
      stack.value = [...stack.value.slice(0, -1), route];
    },
    back() {
      if (stack.value.length > 1) stack.value = stack.value.slice(0, -1);
    },
    reset(route: Route = HOME) {
      stack.value = route.view === 'home' ? [HOME] : [HOME, route];
    },
  };
}
