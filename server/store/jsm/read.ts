import { BackendUnavailableError } from '../backend-errors.js';

/**
 * Reading JSM's answers without trusting them: a wrong shape is JSM answering with garbage (a 503 to the widget),
 * never a crash or `undefined` deep inside the gateway.
 */
export type Json = Record<string, unknown>;

export class ShapeError extends BackendUnavailableError {
  constructor(what: string) {
    super(`unexpected answer: ${what}`);
  }
}

export function obj(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(`${what} is not an object`);
  return value as Json;
}

export function arr(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`${what} is not a list`);
  return value;
}

export function str(value: unknown, what: string): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw new ShapeError(`${what} is not text`);
  return value;
}

export function optStr(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function optObj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** JSM dates come as `{ iso8601, epochMillis, … }` (DateDTO), Jira dates as ISO strings with an offset. */
export function time(value: unknown, what: string): number {
  const dto = optObj(value);
  if (dto && typeof dto.epochMillis === 'number') return dto.epochMillis;
  const text = dto ? optStr(dto.iso8601) ?? optStr(dto.jira) : optStr(value);
  // Jira writes offsets without a colon (+0200), which Date.parse also reads.
  const ms = text === undefined ? Number.NaN : Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  if (!Number.isFinite(ms)) throw new ShapeError(`${what} is not a date`);
  return ms;
}

/**
 * The values of one page of a servicedeskapi list, and whether more follow (FACTS §1 "Paging"): `isLastPage`, or
 * without it `_links.next`. An empty page ends the list whatever it says, so a caller paging by `start` cannot loop.
 */
export function page(body: unknown, what: string): { values: unknown[]; isLastPage: boolean } {
  const p = obj(body, what);
  const values = arr(p.values, `${what}.values`);
  const flag = typeof p.isLastPage === 'boolean' ? p.isLastPage : !optStr(optObj(p._links)?.next);
  return { values, isLastPage: flag || values.length === 0 };
}
