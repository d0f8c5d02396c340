const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]):not([type=hidden]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"]),summary';

/** The element that really has focus, looking through open shadow roots (ours and the host's). */
export function deepActiveElement(doc: Document = document): HTMLElement | null {
  let active = doc.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

export function tabbables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[hidden],[inert]') && el.getClientRects().length > 0,
  );
}

/** True when `b` comes after `a` in the tree (a descendant of `a` counts as after it). */
const follows = (a: Node, b: Node): boolean => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/**
 * Keeps Tab and Shift+Tab inside `container`; returns true when it moved focus itself. It wraps by position, not
 * only from the first or last tabbable: focus may sit on something outside the Tab order (the title, tabindex=-1,
 * before every control on a view without Back), and the browser would move on from there out of the dialog.
 */
export function trapTab(event: KeyboardEvent, container: HTMLElement): boolean {
  if (event.key !== 'Tab') return false;
  const items = tabbables(container);
  if (!items.length) {
    event.preventDefault();
    return true;
  }
  const active = deepActiveElement();
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const outside = !active || !container.contains(active);
  // Nothing tabbable before the focus (Shift+Tab) or after it (Tab): the browser would leave the dialog.
  if (event.shiftKey ? outside || !follows(first, active) : outside || !follows(active, last)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
    return true;
  }
  return false;
}
