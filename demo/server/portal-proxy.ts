import { request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { sendProblem } from './http.js';

/** Hop-by-hop headers belong to one connection and must not be forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'];

export function forwardable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy = { ...headers };
  for (const name of HOP_BY_HOP) delete copy[name];
  return copy;
}

/**
 * Streams one request to the in-process portal and its answer back. The widget, the agent console and the
 * outbox all talk to the demo's own origin, so the browser never needs CORS.
 */
export function proxyToPortal(
  portalPort: number,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  headers: IncomingHttpHeaders = forwardable(req.headers),
): void {
  const upstream = request({ host: '127.0.0.1', port: portalPort, method: req.method, path, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, forwardable(answer.headers));
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    if (res.headersSent) res.destroy();
    else sendProblem(res, 502, 'Portal unreachable', error.message);
  });
  req.pipe(upstream);
}
