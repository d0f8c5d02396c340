/**
 * Keys of a form that is sent on purpose only: Ctrl/Cmd+Enter sends from anywhere in it; Enter in a one-line
 * field moves to the next field instead of sending a request with one line in it.
 */
export const sendKeys =
  (send: () => void) =>
  (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      send();
      return;
    }
    if (!(target instanceof HTMLInputElement) || ['checkbox', 'radio', 'file', 'button', 'submit'].includes(target.type)) return;
    event.preventDefault();
    const form = target.form;
    const fields = form ? [...form.querySelectorAll<HTMLElement>('input:not([type=hidden]):not([hidden]), textarea, select')] : [];
    fields[fields.indexOf(target) + 1]?.focus();
  };
