import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from './state/store.js';
import type { Fault, FaultMatch, JsmSimulator, SimPageInput, SimRequestTypePatch, SimSeed } from './types.js';

// Out-of-process twin of the JsmSimulator handle; no auth and no OpenAPI check, because it is not part of the simulated site.

type Json = Record<string, unknown>;

function reply(res: ServerResponse, status: number, json?: unknown): void {
  res.writeHead(status, json === undefined ? {} : { 'Content-Type': 'application/json' });
  res.end(json === undefined ? undefined : JSON.stringify(json));
}

function faultFrom(json: Json): Fault {
  const match = json.match as { method?: string; path?: string } | undefined;
  const parsed: FaultMatch | undefined = match && { method: match.method, path: match.path === undefined ? undefined : new RegExp(match.path) };
  return { ...(json as unknown as Fault), ...(parsed ? { match: parsed } : {}) } as Fault;
}

export function createControl(sim: JsmSimulator, store: Store) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): Promise<void> => {
    const method = req.method ?? 'GET';
    const json = (raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {}) as Json;
    const parts = url.pathname.split('/').slice(2).map(decodeURIComponent);
    const route = `${method} /${parts.map((p, i) => (i === 1 ? ':id' : p)).join('/')}`;
    const id = parts[1] ?? '';

    switch (route) {
      case 'GET /state':
        return reply(res, 200, { url: sim.url, email: sim.email, apiToken: sim.apiToken, serviceAccountId: sim.serviceAccountId, permissions: store.permissions, searchLagMs: sim.searchLagMs });
      case 'GET /calls':
        return reply(res, 200, sim.calls);
      case 'DELETE /calls':
        sim.resetCalls();
        return reply(res, 204);
      case 'GET /violations':
        return reply(res, 200, sim.violations);
      case 'GET /events':
        return reply(res, 200, sim.events);
      case 'POST /permissions':
        sim.setPermissions(json);
        return reply(res, 200, store.permissions);
      case 'POST /search-lag':
        sim.searchLagMs = Number(json.ms ?? 0);
        return reply(res, 200, { searchLagMs: sim.searchLagMs });
      case 'POST /faults':
        sim.fault(faultFrom(json));
        return reply(res, 204);
      case 'DELETE /faults':
        sim.clearFaults();
        return reply(res, 204);
      case 'POST /seed':
        sim.loadSeed(json as SimSeed);
        return reply(res, 204);
      case 'POST /agents':
        return reply(res, 201, { accountId: sim.createAgentUser(String(json.displayName ?? 'Agent')) });
      case 'GET /issues':
        return reply(res, 200, sim.issues());
      case 'GET /issues/:id': {
        const issue = sim.issue(id);
        return issue ? reply(res, 200, issue) : reply(res, 404, { error: `no issue ${id}` });
      }
      case 'POST /issues/:id/comments': {
        const attachment = json.attachment as { name: string; mimeType: string; dataBase64: string } | undefined;
        const commentId = await sim.agentComment(id, {
          body: String(json.body ?? ''),
          internal: json.internal === true,
          author: typeof json.author === 'string' ? json.author : undefined,
          attachment: attachment && { name: attachment.name, mimeType: attachment.mimeType, data: new Uint8Array(Buffer.from(attachment.dataBase64, 'base64')) },
        });
        return reply(res, 201, { id: commentId });
      }
      case 'POST /issues/:id/transition':
        await sim.transition(id, String(json.status ?? ''), typeof json.author === 'string' ? json.author : undefined);
        return reply(res, 204);
      case 'GET /customers':
        return reply(res, 200, sim.customers());
      case 'GET /organizations':
        return reply(res, 200, sim.organizations());
      case 'POST /organizations/:id/rename':
        sim.renameOrganization(id, String(json.name ?? ''));
        return reply(res, 204);
      case 'GET /request-types':
        return reply(res, 200, sim.requestTypes());
      case 'PUT /request-types/:id':
        sim.updateRequestType(id, json as SimRequestTypePatch);
        return reply(res, 204);
      case 'DELETE /request-types/:id':
        sim.deleteRequestType(id);
        return reply(res, 204);
      case 'GET /spaces':
        return reply(res, 200, sim.spaces());
      case 'GET /pages':
        return reply(res, 200, sim.pages());
      case 'POST /pages':
        return reply(res, 201, { id: sim.putPage(json as unknown as SimPageInput) });
      case 'PUT /pages/:id':
        sim.updatePage(id, json as Partial<SimPageInput>);
        return reply(res, 204);
      case 'DELETE /pages/:id':
        sim.deletePage(id);
        return reply(res, 204);
      case 'GET /media/:id': {
        const attachment = store.attachments.get(id);
        if (!attachment) return reply(res, 404, { error: `no attachment ${id}` });
        res.writeHead(200, { 'Content-Type': attachment.mimeType, 'Content-Length': String(attachment.data.byteLength) });
        res.end(Buffer.from(attachment.data));
        return;
      }
      default:
        return reply(res, 404, { error: `no control route ${method} ${url.pathname}` });
    }
  };
}
