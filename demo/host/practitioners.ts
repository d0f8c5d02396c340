import { practiceData } from './practice-data.js';

export interface Practitioner {
  name: string;
  field: string;
}

/**
 * The practitioners per practice for this page visit. Deliberately not stored: a reload starts again just under
 * the quota, so the licence case can always be walked through.
 */
const lists = new Map<string, Practitioner[]>();

export function practitioners(orgId: string): Practitioner[] {
  let list = lists.get(orgId);
  if (!list) {
    list = practiceData(orgId).practitioners.map((p) => ({ ...p }));
    lists.set(orgId, list);
  }
  return list;
}

export function quota(orgId: string): number {
  return practiceData(orgId).quota;
}

/** Adds a practitioner; refuses (false) once the licence quota is used up, as the real app does. */
export function addPractitioner(orgId: string, practitioner: Practitioner): boolean {
  const list = practitioners(orgId);
  if (list.length >= quota(orgId)) return false;
  list.push(practitioner);
  return true;
}

export function suggestedName(orgId: string): string {
  const taken = new Set(practitioners(orgId).map((p) => p.name));
  return practiceData(orgId).newNames.find((n) => !taken.has(n)) ?? '';
}
