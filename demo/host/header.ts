import { byId, h, replace } from '../shared/dom.js';
import type { WidgetEvent } from '../../src/core/types';
import { initials, type DemoUser } from './users.js';
import type { WidgetIntegration } from './widget.js';

/** The app's top bar: practice, signed-in user, and the "Hilfe" button with the unread-replies count. */
export function createHeader(widget: WidgetIntegration) {
  const practice = byId('practice-name');
  const chip = byId('user-chip');
  const help = byId<HTMLButtonElement>('help-button');
  const badge = byId('help-badge');
  let unread = 0;
  let opened = false;

  // Like the launcher, the button resumes where the user left the panel, so a half-filled form is never dropped for
  // the list. Only before the panel's first open is there nothing to resume: unread replies are then what to show.
  help.addEventListener('click', () => (unread > 0 && !opened ? widget.open('requests') : widget.open()));

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
    /** A widget created afresh (`ready`) has nothing to resume until it is first opened. */
    widgetEvent(event: WidgetEvent): void {
      if (event === 'open') opened = true;
      else if (event === 'ready') opened = false;
    },
  };
}
