import { byId, h, replace } from '../shared/dom.js';
import { initials, type DemoUser } from './users.js';
import type { WidgetIntegration } from './widget.js';

/** The app's top bar: practice, signed-in user, and the "Hilfe" button with the unread-replies count. */
export function createHeader(widget: WidgetIntegration) {
  const practice = byId('practice-name');
  const chip = byId('user-chip');
  const help = byId<HTMLButtonElement>('help-button');
  const badge = byId('help-badge');
  let unread = 0;

  // With unread replies the list is what the user wants to see; otherwise the widget resumes where they left it.
  help.addEventListener('click', () => (unread > 0 ? widget.open('requests') : widget.open()));

  const showUnread = (count: number): void => {
    unread = count;
    badge.hidden = count === 0;
    badge.textContent = String(count);
    help.setAttribute('aria-label', count ? `Hilfe, ${count} neue ${count === 1 ? 'Antwort' : 'Antworten'}` : 'Hilfe');
  };

  return {
    showUser(user: DemoUser | null): void {
      practice.textContent = user ? user.orgName : '';
      replace(chip, user ? [h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(user.name)), h('span', { class: 'name' }, user.name)] : h('span', { class: 'name' }, 'Nicht angemeldet'));
      // The count belongs to the previous user; the widget reports the new user's count on its next check.
      showUnread(0);
    },
    showUnread,
  };
}
