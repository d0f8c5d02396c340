/**
 * Tiny response validators: a malformed portal answer becomes one clear error at the edge instead of a crash
 * deep inside a view. Objects keep only the declared keys, so unexpected extras never reach the UI.
 */
export class InvalidResponseError extends Error {
  constructor(readonly path: string) {
    super(`Unexpected portal response at ${path}`);
  }
}

export type Check<T> = (value: unknown, path?: string) => T;
type Shape = Record<string, Check<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

const fail = (path: string): never => {
  throw new InvalidResponseError(path);
};

export const str: Check<string> = (v, p = '$') => (typeof v === 'string' ? v : fail(p));
export const num: Check<number> = (v, p = '$') => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p));
export const bool: Check<boolean> = (v, p = '$') => (typeof v === 'boolean' ? v : fail(p));

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, p) =>
    v === undefined ? undefined : check(v, p);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, p) =>
    v === null || v === undefined ? null : check(v, p);

export const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (v, p = '$') =>
    values.includes(v as T) ? (v as T) : fail(p);

export const array =
  <T>(check: Check<T>): Check<T[]> =>
  (v, p = '$') =>
    Array.isArray(v) ? v.map((item, i) => check(item, `${p}[${i}]`)) : fail(p);

export const object =
  <S extends Shape>(shape: S): Check<Out<S>> =>
  (v, p = '$') => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return fail(p);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const value = shape[key]!((v as Record<string, unknown>)[key], `${p}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as Out<S>;
  };

/** Any JSON object, kept as is (for host-provided context that the widget only displays). */
export const record: Check<Record<string, unknown>> = (v, p = '$') =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(p);

/** A JSON object whose every value passes `check` (keys are data, such as request keys). */
export const recordOf =
  <T>(check: Check<T>): Check<Record<string, T>> =>
  (v, p = '$') => {
    const out: Record<string, T> = {};
    for (const [key, value] of Object.entries(record(v, p))) out[key] = check(value, `${p}.${key}`);
    return out;
  };
