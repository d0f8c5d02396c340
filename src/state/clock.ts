import { signal } from '@preact/signals';

const MINUTE = 60_000;
let ticker: ReturnType<typeof setInterval> | undefined;

const tick = (): void => {
  minute.value++;
};
const start = (): void => {
  ticker ??= setInterval(tick, MINUTE);
};
const stop = (): void => {
  clearInterval(ticker);
  ticker = undefined;
};
// A hidden page needs no ticks (and background tabs would only be woken for nothing); shown again, the times on
// screen may be minutes behind, so they move on at once.
const onVisibility = (): void => {
  if (document.visibilityState === 'hidden') return stop();
  tick();
  start();
};

/**
 * Moves on once a minute for everything that shows a relative time ("vor 5 Minuten"): one timer for all of them,
 * running only while something reads it and the page is visible.
 */
export const minute = signal(0, {
  watched() {
    document.addEventListener('visibilitychange', onVisibility);
    if (document.visibilityState !== 'hidden') start();
  },
  unwatched() {
    document.removeEventListener('visibilitychange', onVisibility);
    stop();
  },
});
