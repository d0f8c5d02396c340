import type { IncomingMessage, ServerResponse } from 'node:http';

/** Everything the demo serves is for a developer's eyes only and changes while they edit: never cache it. */
const NO_STORE = { 'cache-control': 'no-store' };

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...NO_STORE, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

export function sendText(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...NO_STORE, 'content-type': type }).end(body);
}

/** A problem+json answer, the same error shape the portal uses, so the demo pages handle both alike. */
export function sendProblem(res: ServerResponse, status: number, title: string, detail?: string, type = 'about:blank'): void {
  res
    .writeHead(status, { ...NO_STORE, 'content-type': 'application/problem+json' })
    .end(JSON.stringify({ type, title, status, ...(detail ? { detail } : {}) }));
}

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;
