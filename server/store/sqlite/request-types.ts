import type { Locale, RequestType } from '../../../src/api/contract.js';
import { localizeRequestType, type RequestTypeDefinition } from '../../domain/request-types.js';
import type { Db } from './database.js';

/** Request types change only at start-up, so they are read once and served from memory. */
export function createRequestTypeCatalog(db: Db) {
  const upsert = db.prepare(
    `INSERT INTO request_types (id, key, position, definition) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET key = excluded.key, position = excluded.position, definition = excluded.definition`,
  );
  const selectAll = db.prepare<[], { definition: string }>(`SELECT definition FROM request_types ORDER BY position, id`);
  let definitions: RequestTypeDefinition[] = [];
  const localized = new Map<Locale, RequestType[]>();

  const reload = () => {
    definitions = selectAll.all().map((row) => JSON.parse(row.definition) as RequestTypeDefinition);
    localized.clear();
  };

  const list = (locale: Locale): RequestType[] => {
    let types = localized.get(locale);
    if (!types) {
      types = definitions.map((definition) => localizeRequestType(definition, locale));
      localized.set(locale, types);
    }
    return types;
  };

  reload();
  return {
    ensure: db.transaction((incoming: RequestTypeDefinition[]) => {
      incoming.forEach((definition, position) => upsert.run(definition.id, definition.key, position, JSON.stringify(definition)));
      reload();
    }),
    list,
    find: (idOrKey: string, locale: Locale) => list(locale).find((type) => type.id === idOrKey || type.key === idOrKey) ?? null,
    idFor: (idOrKey: string) => definitions.find((d) => d.id === idOrKey || d.key === idOrKey)?.id ?? null,
  };
}

export type RequestTypeCatalog = ReturnType<typeof createRequestTypeCatalog>;
