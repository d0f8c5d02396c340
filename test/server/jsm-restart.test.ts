import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDetail } from '../../src/api/contract.js';
import { startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { bugRequest, call, newKey, startJsmTestPortal, tokenFor } from './helpers.js';

// A gateway that stops (a restart, a crash) between a create and what follows it leaves the rest undone; the widget
// retries only for a moment, and a user who sees the request in the list sends nothing again.

let sim: JsmSimulator;

beforeAll(async () => {
  sim = await startJsmSimulator({ organizationsFieldOnRequestTypes: false });
});
afterAll(() => sim.close());

describe('a gateway started after another stopped mid-send', () => {
  it('finishes what the other left undone (here: sharing with the practice), and a late retry gets the request', async () => {
    const first = await startJsmTestPortal({ sim });
    const anna = await tokenFor('anna');
    const key = newKey();
    sim.fault({ kind: 'status', status: 503, times: 1000, retryAfter: 30, match: { method: 'PUT', path: /^\/rest\/api\/3\/issue\/[^/]+$/ } });
    const lost = await call(first, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Vor dem Neustart gesendet') });
    expect(lost.status).toBe(503);
    await first.close();
    sim.clearFaults();
    const raised = sim.issues().find((i) => i.summary === 'Vor dem Neustart gesendet');
    expect(raised?.organizationIds).toEqual([]);

    const second = await startJsmTestPortal({ sim, dbPath: path.join(first.dir, 'portal.sqlite'), attachmentsDir: path.join(first.dir, 'attachments') });
    try {
      await expect.poll(() => sim.issue(raised!.key)?.organizationIds.length, { timeout: 25_000, interval: 250 }).toBe(1);
      const retry = await call<RequestDetail>(second, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Vor dem Neustart gesendet') });
      expect(retry.status).toBe(201);
      expect(retry.body.key).toBe(raised!.key);
      expect(sim.issues().filter((i) => i.summary === 'Vor dem Neustart gesendet')).toHaveLength(1);
    } finally {
      await second.dispose();
      await fs.rm(first.dir, { recursive: true, force: true });
    }
  }, 40_000);
});

describe('two gateways on one state store, as in a rolling restart', () => {
  it('a retry sent to the other while the first still sends the files waits (409) and then gets the request: the files go once', async () => {
    const own = await startJsmSimulator({ requestTypesWithoutAttachment: ['10'] });
    const first = await startJsmTestPortal({ sim: own });
    const second = await startJsmTestPortal({ sim: own, dbPath: path.join(first.dir, 'portal.sqlite'), attachmentsDir: path.join(first.dir, 'attachments') });
    try {
      const anna = await tokenFor('anna');
      const form = new FormData();
      form.append('file', new Blob(['Protokoll'], { type: 'text/plain' }), 'roentgen.txt');
      const uploaded = await fetch(`${first.apiUrl}/attachments`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${anna}` } });
      const file = ((await uploaded.json()) as { id: string }).id;
      // The files follow the create in a call of their own, which takes its time.
      own.fault({ kind: 'latency', ms: 2_000, times: 1, match: { method: 'POST', path: /^\/rest\/servicedeskapi\/request\/[^/]+\/attachment$/ } });
      const key = newKey();
      const body = { ...bugRequest('Zwei Gateways'), attachments: [file] };
      const sending = call<RequestDetail>(first, 'POST', '/requests', { token: anna, idempotencyKey: key, body });
      await expect.poll(() => own.issues().some((i) => i.summary === 'Zwei Gateways'), { timeout: 5_000, interval: 50 }).toBe(true);
      const early = await call(second, 'POST', '/requests', { token: anna, idempotencyKey: key, body });
      expect(early.status).toBe(409);
      const sent = await sending;
      expect(sent.status).toBe(201);
      const late = await call<RequestDetail>(second, 'POST', '/requests', { token: anna, idempotencyKey: key, body });
      expect(late.status).toBe(201);
      expect(late.body.key).toBe(sent.body.key);
      expect(own.issue(sent.body.key)?.attachmentIds).toHaveLength(1);
    } finally {
      await second.close();
      await first.dispose();
      await own.close();
    }
  }, 30_000);
});
