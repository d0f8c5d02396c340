import type { ResolvedConfig } from '../config';
import { HOST_CSS } from './host-styles';

export interface HostElement {
  element: HTMLElement;
  root: ShadowRoot;
  /** Adds a stylesheet to the shadow root only: constructable where supported, else a nonce'd `<style>`. */
  adoptStyles(css: string): void;
  applyConfig(config: ResolvedConfig): void;
  remove(): void;
}

const supportsAdopted = (): boolean =>
  'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;

export function createHostElement(config: ResolvedConfig): HostElement {
  const element = document.createElement('med-support');
  const root = element.attachShadow({ mode: 'open' });
  const adoptStyles = (css: string): void => {
    if (supportsAdopted()) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
    const style = document.createElement('style');
    if (config.nonce) style.nonce = config.nonce;
    style.textContent = css;
    root.prepend(style);
  };
  adoptStyles(HOST_CSS);
  const host: HostElement = {
    element,
    root,
    adoptStyles,
    applyConfig(next) {
      const { theme } = next;
      // Custom properties via CSSOM: no CSS text is built from host input, and `important` outranks page rules.
      const set = (name: string, value: string): void => element.style.setProperty(name, value, 'important');
      set('--ms-accent', theme.accent);
      set('--ms-radius', `${Math.max(0, Math.min(32, Number(theme.radius) || 0))}px`);
      set('--ms-font', theme.fontFamily);
      set('--ms-z', String(Math.trunc(next.zIndex)));
      element.dataset.position = next.position;
      element.dataset.scheme = theme.colorScheme;
    },
    remove() {
      element.remove();
    },
  };
  host.applyConfig(config);
  // Not an element (a selector, `document`): the body, rather than an error thrown into the host's init().
  (config.container instanceof Element ? config.container : document.body).append(element);
  return host;
}
