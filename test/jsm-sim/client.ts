import type { JsmSimulator } from '../../server/jsm-sim/index.js';

export interface SimCall {
  status: number;
  headers: Headers;
  json: <T = Record<string, unknown>>() => T;
  text: string;
}

/** A Basic-auth fetch against the simulator, in the shape tests assert on. */
export function client(sim: JsmSimulator, extraHeaders: Record<string, string> = {}) {
  const auth = `Basic ${Buffer.from(`${sim.email}:${sim.apiToken}`).toString('base64')}`;
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<SimCall> => {
    const init: RequestInit = { method, redirect: 'manual', headers: { Authorization: auth, Accept: 'application/json', ...extraHeaders, ...headers } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const res = await fetch(`${sim.url}${path}`, init);
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: <T>() => JSON.parse(text) as T };
  };
}

export const OPT_IN = { 'X-ExperimentalApi': 'opt-in' };
