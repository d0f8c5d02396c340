import type { Problem } from './contract';

export type PortalErrorKind =
  | 'network'
  | 'offline'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'too_large'
  | 'rate_limited'
  | 'server'
  | 'invalid_response'
  /** The host's getToken failed: there was no token to send. */
  | 'token_failed';

/** Everything that can go wrong talking to the portal, in one shape the UI can explain. */
export class PortalError extends Error {
  constructor(
    readonly kind: PortalErrorKind,
    message: string,
    readonly status = 0,
    readonly problem: Problem | null = null,
    /** Seconds to wait before trying again, from `Retry-After`. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'PortalError';
  }

  /** Whether trying the same call again may succeed. */
  get retryable(): boolean {
    return ['network', 'offline', 'timeout', 'rate_limited', 'server', 'invalid_response', 'token_failed'].includes(this.kind);
  }

  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem?.errors ?? []).map((e) => [e.field, e.message]));
  }

  /**
   * Why a backend refused the form as a whole (a problem naming `fields`): the JSM service desk's own words, such as a
   * site's validation rule, which say what to change where no field is named. Null for anything else.
   */
  wholeFormReason(): string | null {
    if (this.kind !== 'validation') return null;
    const message = this.problem?.errors?.find((e) => e.field === 'fields')?.message.trim();
    return message ? message.slice(0, REASON_MAX) : null;
  }

  /**
   * Why a backend refused the files sent with a request or reply (a problem naming `attachments`: the JSM service
   * desk's own words, such as its size limit, which may be below the portal's). Null for anything else; a form that
   * sent no file reads the same problem as "a file is required".
   */
  filesReason(): string | null {
    if (this.kind !== 'validation') return null;
    // Without its full stop: the widget's sentence goes on after it.
    const message = this.problem?.errors?.find((e) => e.field === 'attachments')?.message.trim().replace(/\.$/, '');
    return message ? message.slice(0, REASON_MAX) : null;
  }

  /**
   * Whether a validation problem names a request type or a field the form does not have (`paths` as for
   * `refusedFields`): the support team changed the form since it was loaded.
   */
  namesUnknownFields(paths: Readonly<Record<string, string>>): boolean {
    if (this.kind !== 'validation') return false;
    const known = new Set(Object.values(paths));
    return (this.problem?.errors ?? []).some((e) => e.field === 'requestTypeId' || (e.field.startsWith('fields.') && !known.has(e.field)));
  }

  /**
   * The form fields a validation problem names, in the form's order. `paths` maps each of the form's field ids to
   * the path the portal reports it under (`fields.summary`, `name`). Only the names are used: the portal's messages
   * are English and meant for developers, so a form says it in its own words (but see `wholeFormReason`).
   */
  refusedFields(paths: Readonly<Record<string, string>>): string[] {
    if (this.kind !== 'validation') return [];
    const named = new Set((this.problem?.errors ?? []).map((e) => e.field));
    return Object.keys(paths).filter((id) => named.has(paths[id]!));
  }
}

// A reason longer than this is cut: it is read in a small panel.
const REASON_MAX = 300;

/**
 * No answer at all: the browser's own word decides whether the device is offline or the portal is not reachable,
 * so the user is not told to check a connection that works.
 */
export function unreachable(message: string): PortalError {
  return new PortalError(typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'network', message);
}

const KIND_BY_STATUS: Record<number, PortalErrorKind> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  422: 'validation',
  429: 'rate_limited',
};

export function kindForStatus(status: number): PortalErrorKind {
  return KIND_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'validation');
}

/** `Retry-After` as seconds: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

export function isProblem(value: unknown): value is Problem {
  return !!value && typeof value === 'object' && typeof (value as Problem).status === 'number' && typeof (value as Problem).title === 'string';
}
