import type { Fault, FaultMatch } from '../types.js';

type Counted = Exclude<Fault, { kind: 'down' }>;

interface Armed {
  fault: Counted;
  remaining: number;
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== method) return false;
  if (match.path) {
    match.path.lastIndex = 0;
    if (!match.path.test(path)) return false;
  }
  return true;
}

/** Armed faults, consumed one per matching call; a latency fault without `times` stays until cleared. */
export class Faults {
  down = false;
  /** Counts garbage answers so they alternate between non-JSON and wrongly shaped JSON. */
  garbageServed = 0;
  private armed: Armed[] = [];

  add(fault: Fault): void {
    if (fault.kind === 'down') {
      this.down = true;
      return;
    }
    const times = fault.kind === 'latency' ? (fault.times ?? Number.POSITIVE_INFINITY) : fault.times;
    this.armed.push({ fault, remaining: times });
  }

  clear(): void {
    this.down = false;
    this.armed = [];
  }

  take<K extends Counted['kind']>(kind: K, method: string, path: string): Extract<Counted, { kind: K }> | undefined {
    const hit = this.armed.find((a) => a.fault.kind === kind && a.remaining > 0 && matches(a.fault.match, method, path));
    if (!hit) return undefined;
    hit.remaining--;
    return hit.fault as Extract<Counted, { kind: K }>;
  }
}
