import type { WidgetEvent, WidgetEvents } from '../../src/core/types';
import { h, replace } from '../shared/dom.js';

const MAX_ENTRIES = 200;
const clock = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The live list of the widget's events, newest on top, so one can see what a host would receive. */
export function createEventsLog(list: HTMLOListElement, clear: HTMLButtonElement) {
  const empty = (): HTMLLIElement => h('li', { class: 'empty' }, 'Noch keine Ereignisse.');
  replace(list, empty());
  clear.addEventListener('click', () => replace(list, empty()));

  return <E extends WidgetEvent>(event: E, payload: WidgetEvents[E]): void => {
    list.querySelector('.empty')?.remove();
    const data = payload === undefined ? '' : JSON.stringify(payload);
    list.prepend(h('li', null, h('time', null, clock.format(new Date())), h('span', { class: 'name' }, event), h('span', { class: 'payload' }, data)));
    while (list.children.length > MAX_ENTRIES) list.lastElementChild?.remove();
  };
}
