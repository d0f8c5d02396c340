import type { Locale } from '../api/contract';
import type { LauncherKey } from '../i18n/launcher-strings';

export interface Launcher {
  button: HTMLButtonElement;
  update(state: LauncherState): void;
}

export interface LauncherState {
  open: boolean;
  busy: boolean;
  failed: boolean;
  unread: number;
  /** "3 neue Antworten", from the panel. */
  unreadLabel: string;
  /** The language of the texts, which may differ from the host page's. */
  locale: Locale;
  text: (key: LauncherKey) => string;
}

const SVG = 'http://www.w3.org/2000/svg';
// A speech bubble drawn as one path, so no markup string is parsed (Trusted Types).
const ICON_PATH = 'M4 3h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4v-4H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zm4 6.5a1.5 1.5 0 1 0 0 .01zm4 0a1.5 1.5 0 1 0 0 .01zm4 0a1.5 1.5 0 1 0 0 .01z';

export function createLauncher(root: ShadowRoot, onClick: () => void): Launcher {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-haspopup', 'dialog');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICON_PATH);
  svg.append(path);
  const label = document.createElement('span');
  label.className = 'sr-only';
  const failedText = document.createElement('span');
  failedText.className = 'launcher-text';
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('aria-hidden', 'true');
  button.append(svg, failedText, label, badge);
  button.addEventListener('click', onClick);
  root.append(button);

  return {
    button,
    update({ open, busy, failed, unread, unreadLabel, locale, text }) {
      button.lang = locale;
      button.setAttribute('aria-expanded', String(open));
      button.setAttribute('aria-busy', String(busy));
      button.toggleAttribute('data-failed', failed);
      let name = text(failed ? 'launcher.failed' : busy ? 'launcher.loading' : open ? 'launcher.close' : 'launcher.open');
      if (unread > 0 && !failed) name += `, ${unreadLabel}`;
      label.textContent = name;
      failedText.textContent = failed ? text('launcher.failed') : '';
      failedText.hidden = !failed;
      badge.textContent = unread > 99 ? '99+' : String(unread);
      badge.hidden = unread <= 0;
    },
  };
}
