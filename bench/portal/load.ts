import { createRequire } from 'node:module';

/** The part of autocannon's API this bench uses (the package ships no type declarations). */
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: AutocannonRequest[];
}

interface AutocannonResult {
  latency: { p50: number; p97_5: number; p99: number; average: number; max: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}

interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
}

type Autocannon = (options: AutocannonOptions, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface Scenario {
  name: string;
  request: AutocannonRequest;
  /** The status every response should have; anything else is counted as unexpected. */
  expectStatus: number;
  /** The p95 this scenario must stay under, when it carries the target. */
  targetP95Ms?: number;
}

export interface ScenarioResult {
  scenario: string;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  unexpectedStatus: number;
  errors: number;
  targetP95Ms: number | null;
  autocannon: { p50: number; p97_5: number; p99: number };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

/**
 * Runs one scenario. autocannon reports p50/p97.5/p99 only, so p95 comes from every response time recorded through
 * its `response` event (milliseconds, as measured by autocannon's client), sorted and read at the nearest rank.
 */
export function runScenario(baseUrl: string, scenario: Scenario, options: { connections: number; duration: number; headers: Record<string, string> }): Promise<ScenarioResult> {
  const times: number[] = [];
  let unexpected = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: baseUrl, connections: options.connections, duration: options.duration, headers: options.headers, requests: [scenario.request] },
      (error, result) => {
        if (error) return reject(error);
        const sorted = Float64Array.from(times).sort();
        resolve({
          scenario: scenario.name,
          requests: result.requests.total,
          reqPerSec: Math.round(result.requests.average),
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: round(sorted.at(-1) ?? Number.NaN),
          unexpectedStatus: unexpected,
          errors: result.errors + result.timeouts,
          targetP95Ms: scenario.targetP95Ms ?? null,
          autocannon: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode !== scenario.expectStatus) unexpected++;
    });
  });
}
