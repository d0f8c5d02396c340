import type { Lang, Localized } from '../types.js';

export type CategoryKey = 'new' | 'indeterminate' | 'done';

export interface WorkflowStatus {
  id: string;
  name: Localized;
  category: CategoryKey;
}

export interface Transition {
  id: string;
  name: Localized;
  to: string;
}

export const STATUSES: WorkflowStatus[] = [
  { id: '10001', name: { en: 'Waiting for support', de: 'Warten auf Support' }, category: 'new' },
  { id: '3', name: { en: 'In progress', de: 'In Arbeit' }, category: 'indeterminate' },
  { id: '10002', name: { en: 'Waiting for customer', de: 'Warten auf Kunden' }, category: 'indeterminate' },
  { id: '10003', name: { en: 'Resolved', de: 'Gelöst' }, category: 'done' },
  { id: '6', name: { en: 'Closed', de: 'Geschlossen' }, category: 'done' },
];

export const INITIAL_STATUS_ID = '10001';

/** Jira's fixed status categories (ids 2–4 are the same on every site). */
export const CATEGORIES: Record<CategoryKey, { id: number; key: CategoryKey; name: string; colorName: string }> = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
};

export const TRANSITIONS: Transition[] = [
  { id: '11', name: { en: 'Start progress', de: 'Vorgang starten' }, to: '3' },
  { id: '21', name: { en: 'Respond to customer', de: 'Dem Kunden antworten' }, to: '10002' },
  { id: '31', name: { en: 'Back to waiting for support', de: 'Zurück zu Warten auf Support' }, to: '10001' },
  { id: '41', name: { en: 'Resolve this request', de: 'Diese Anfrage lösen' }, to: '10003' },
  { id: '51', name: { en: 'Close', de: 'Schließen' }, to: '6' },
];

export function statusById(id: string): WorkflowStatus {
  const status = STATUSES.find((s) => s.id === id);
  if (!status) throw new Error(`unknown status id ${id}`);
  return status;
}

export function statusByName(name: string): WorkflowStatus | undefined {
  const wanted = name.trim().toLowerCase();
  return STATUSES.find((s) => s.id === wanted || s.name.en.toLowerCase() === wanted || s.name.de.toLowerCase() === wanted);
}

/** An agent sees every workflow transition except the one into the current status. */
export function transitionsFrom(statusId: string): Transition[] {
  return TRANSITIONS.filter((t) => t.to !== statusId);
}

export function langOf(requestLanguage: string | null | undefined): Lang {
  const tag = (requestLanguage ?? '').toLowerCase();
  return tag === 'de' || tag.startsWith('de-') ? 'de' : 'en';
}
