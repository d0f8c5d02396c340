import type { SimRequestTypePatch } from '../types.js';
import type { RequestType } from './desk.js';
import type { Store } from './store.js';

// What a desk admin does to request types in JSM's project settings, for the in-process handle and the control API.
// Requests of a type keep its id; reads of a deleted type answer 404, as every unknown request type does.

function requestTypeOrThrow(store: Store, id: string): { list: RequestType[]; at: number } {
  for (const desk of store.desks) {
    const at = desk.requestTypes.findIndex((rt) => rt.id === id);
    if (at >= 0) return { list: desk.requestTypes, at };
  }
  throw new Error(`no request type ${id}`);
}

/** Copies, so a test cannot change the site by editing what it read. */
export function requestTypes(store: Store): RequestType[] {
  return store.desks.flatMap((d) => d.requestTypes.map((rt) => structuredClone(rt)));
}

/** Replaces texts or the whole field list (fields are shared between types, so they are never edited in place). */
export function updateRequestType(store: Store, id: string, patch: SimRequestTypePatch): void {
  const { list, at } = requestTypeOrThrow(store, id);
  list[at] = { ...(list[at] as RequestType), ...structuredClone(patch) };
}

export function deleteRequestType(store: Store, id: string): void {
  const { list, at } = requestTypeOrThrow(store, id);
  list.splice(at, 1);
}
