import type { Locale, RequestStatus, StatusCategory, StatusId } from '../../src/api/contract.js';

interface StatusDefinition {
  category: StatusCategory;
  names: Record<Locale, string>;
}

const STATUSES: Record<StatusId, StatusDefinition> = {
  waiting_for_support: { category: 'open', names: { de: 'Warten auf Support', en: 'Waiting for support' } },
  in_progress: { category: 'open', names: { de: 'In Bearbeitung', en: 'In progress' } },
  waiting_for_customer: { category: 'open', names: { de: 'Warten auf Kunde', en: 'Waiting for customer' } },
  resolved: { category: 'closed', names: { de: 'Gelöst', en: 'Resolved' } },
  closed: { category: 'closed', names: { de: 'Geschlossen', en: 'Closed' } },
};

export function isStatusId(value: unknown): value is StatusId {
  return typeof value === 'string' && Object.hasOwn(STATUSES, value);
}

export function localizeStatus(id: StatusId, locale: Locale): RequestStatus {
  const definition = STATUSES[id];
  return { id, name: definition.names[locale], category: definition.category };
}
