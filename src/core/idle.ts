/** Schedules work for when the host page is idle; returns its cancel function. */
export function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: 4000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 1500);
  return () => window.clearTimeout(handle);
}

/**
 * Runs `callback` in a task after the next frame is painted (or after `fallbackMs` where no frame comes, as in a
 * hidden tab); returns its cancel function. Work that follows a first paint goes here so that the two do not add
 * up to one long task.
 */
export function afterNextPaint(callback: () => void, fallbackMs = 100): () => void {
  let done = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    if (done) return;
    done = true;
    cancel();
    callback();
  };
  const frame = window.requestAnimationFrame(() => {
    task = setTimeout(run);
  });
  const fallback = setTimeout(run, fallbackMs);
  const cancel = (): void => {
    window.cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  };
  return () => {
    done = true;
    cancel();
  };
}
