/**
 * Hosts that navigate by replacing `<body>` (Turbo, htmx boosts, some routers) take the widget's element out of
 * the document with the old body. It goes back into the page at once, the same element with the same shadow root,
 * so an open panel, a half-typed form and the badge are as they were, and focus returns to where it was. A copy of
 * it in a page snapshot the host restores has no shadow root and is removed: there is never a second widget.
 * Lives in the panel, not the loader (whose size is budgeted): the panel loads when the page is first idle, and
 * any `open()` loads it at once.
 */
export function keepAttached(element: HTMLElement, container: HTMLElement | undefined): () => void {
  const root = element.shadowRoot;
  let focused: HTMLElement | null = null;
  const remember = (): void => {
    focused = root?.activeElement instanceof HTMLElement ? root.activeElement : null;
  };
  root?.addEventListener('focusin', remember);
  const attach = (): void => {
    if (element.isConnected) return;
    for (const copy of document.querySelectorAll('med-support')) if (!copy.shadowRoot) copy.remove();
    (container?.isConnected ? container : document.body).append(element);
    if (focused?.isConnected && !focused.closest('[hidden]')) focused.focus({ preventScroll: true });
  };
  attach();
  const observer = new MutationObserver(attach);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    root?.removeEventListener('focusin', remember);
  };
}
