import type { Problem } from '../../src/api/contract.js';

export type FieldError = { field: string; message: string };

const TYPE_BASE = 'urn:medsupport:problem:';

/** An RFC 9457 problem; thrown anywhere in the HTTP layer and turned into the response by the app's error handler. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }

  toJSON(): Problem {
    return {
      type: `${TYPE_BASE}${this.slug}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }

  toResponse(): Response {
    return new Response(JSON.stringify(this.toJSON()), {
      status: this.status,
      headers: { 'content-type': 'application/problem+json', ...this.headers },
    });
  }
}

export const problems = {
  badRequest: (detail: string, errors?: FieldError[]) => new ProblemError(400, 'bad-request', 'Bad request', detail, errors),
  malformedJson: () => new ProblemError(400, 'malformed-json', 'Malformed JSON', 'The request body is not valid JSON.'),
  unauthorized: (detail = 'A valid bearer token is required.') =>
    new ProblemError(401, 'unauthorized', 'Unauthorized', detail, undefined, { 'www-authenticate': 'Bearer error="invalid_token"' }),
  forbidden: (detail: string) => new ProblemError(403, 'forbidden', 'Forbidden', detail),
  notFound: (detail = 'Not found.') => new ProblemError(404, 'not-found', 'Not found', detail),
  conflict: (slug: string, detail: string, headers?: Record<string, string>) => new ProblemError(409, slug, 'Conflict', detail, undefined, headers),
  tooLarge: (limit: number) =>
    new ProblemError(413, 'payload-too-large', 'Payload too large', `The request body must not exceed ${limit} bytes.`),
  unsupportedMediaType: (detail: string, headers?: Record<string, string>) =>
    new ProblemError(415, 'unsupported-media-type', 'Unsupported media type', detail, undefined, headers),
  validation: (errors: FieldError[]) =>
    new ProblemError(422, 'validation', 'Validation failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors),
  rateLimited: (retryAfter: number) =>
    new ProblemError(429, 'rate-limited', 'Too many requests', `Try again in ${retryAfter} s.`, undefined, { 'retry-after': String(retryAfter) }),
  backendUnavailable: (retryAfter: number) =>
    new ProblemError(503, 'backend-unavailable', 'Service unavailable', 'The support backend is not answering right now; please try again shortly.', undefined, { 'retry-after': String(retryAfter) }),
  backendPermission: (detail: string) =>
    new ProblemError(503, 'backend-permission', 'Backend permission missing', `The support backend refused the portal's service account: ${detail}.`, undefined, { 'retry-after': '300' }),
  internal: () => new ProblemError(500, 'internal', 'Internal server error', 'Something went wrong on our side.'),
};
