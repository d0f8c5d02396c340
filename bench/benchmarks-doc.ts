// The figures in docs/benchmarks.md and the README's summary are written by `npm run bench` from its own run, between
// markers, so the documents cannot drift from what was measured; the text around the markers is written by hand.
import { renderTable, type Row } from './browser/report';

export interface BenchMachine {
  /** ISO timestamp of the end of the run. */
  date: string;
  nproc: number;
  cpu: string;
  node: string;
  chromium: string;
  /** The 1-minute load average, sampled every 10 s while the bench ran. */
  loadAverage1m: { median: number; min: number; max: number };
  seconds: number;
  cpuSecondsThisProcess: number;
}

export interface BenchReport {
  machine: BenchMachine;
  rows: Row[];
}

export const TABLE_MARKERS = { begin: '<!-- bench:table:begin -->', end: '<!-- bench:table:end -->' };
export const SUMMARY_MARKERS = { begin: '<!-- bench:summary:begin -->', end: '<!-- bench:summary:end -->' };

const load = ({ loadAverage1m: l }: BenchMachine): string => `${l.median} (${l.min}–${l.max})`;

/** One line naming the run: date, machine, versions, load and duration. */
export function describeRun(machine: BenchMachine): string {
  return (
    `${machine.date.slice(0, 10)}: ${machine.nproc} × ${machine.cpu}, Node ${machine.node}, Chromium ${machine.chromium}, ` +
    `1-min load average ${load(machine)} while running, ${machine.seconds} s (${machine.cpuSecondsThisProcess} s CPU in the bench process)`
  );
}

const missedRows = (rows: Row[]): Row[] => rows.filter((r) => r.verdict === 'MISSED');

export function verdictLine(rows: Row[]): string {
  const missed = missedRows(rows);
  return missed.length ? `Missed: ${missed.map((r) => `${r.area}: ${r.measure}`).join('; ')}` : 'Every target met.';
}

/** What `npm run bench` writes between the table markers of docs/benchmarks.md. */
export function renderTableBlock({ machine, rows }: BenchReport): string {
  return [
    `Latest run: **${describeRun(machine)}**.`,
    '',
    'Values over several runs are medians, noise their min–max (search: slowest keystroke, first build; portal: p99, max).',
    '',
    renderTable(rows),
    '',
    `**${verdictLine(rows)}**`,
  ].join('\n');
}

/** A row the README's summary quotes, found by area and the start of its measure. */
function pick(rows: Row[], area: string, measure: string): Row {
  const row = rows.find((r) => r.area === area && r.measure.startsWith(measure));
  if (!row) throw new Error(`the bench has no ${area} row "${measure}…" for the README summary`);
  return row;
}

const withNoise = (row: Row): string => `${row.value}${row.noise ? ` (${row.noise})` : ''}`;

/** What `npm run bench` writes between the summary markers of the README: five lines and the link. */
export function renderSummaryBlock({ machine, rows }: BenchReport): string {
  const targets = rows.filter((r) => r.verdict !== '');
  const met = targets.length - missedRows(targets).length;
  const value = (area: string, measure: string): string => pick(rows, area, measure).value;
  return [
    `Latest \`npm run bench\`: ${machine.date.slice(0, 10)}, ${machine.nproc} cores, load average ${load(machine)}; ${met} of ${targets.length} targets met.`,
    '',
    `- Bytes (gzip / brotli): loader ${value('bytes', 'loader (dist/med-support.js)')}, loader + first open ${value('bytes', 'loader + first open')}.`,
    `- First open, cold at launch → interactive: ${withNoise(pick(rows, 'first open', 'cold, clicked as the launcher appears'))}; ` +
      `long tasks at launch / after prefetch / warm: ${value('first open', 'long tasks')}.`,
    `- Search, 10,000 articles: per keystroke p50 / p95 in Chromium ${value('search', 'Chromium, 10,000 articles: per keystroke')}; ` +
      `held-out queries, Recall@1 / @5 / MRR@5 ${pick(rows, 'search', '10,000 articles, held-out, overall').noise.replace(/^\(d\) R@1\/R@5\/MRR@5 /, '').replace(/\//g, ' / ')}.`,
    `- Portal, the list the widget opens (100,000 requests, 50 connections), p50 / p95: ${value('portal', 'GET /requests (mine, open; cache miss')}.`,
    '',
    'Full table, machine and method: [docs/benchmarks.md](docs/benchmarks.md).',
  ].join('\n');
}

/** `doc` with the text between `markers` replaced by `block`; both markers must be there, once each, in order. */
export function replaceBetween(doc: string, markers: { begin: string; end: string }, block: string): string {
  const begin = doc.indexOf(markers.begin);
  const end = doc.indexOf(markers.end);
  if (begin < 0 || end < begin || doc.indexOf(markers.begin, begin + 1) >= 0 || doc.indexOf(markers.end, end + 1) >= 0) {
    throw new Error(`expected ${markers.begin} … ${markers.end} once each, in that order`);
  }
  return `${doc.slice(0, begin + markers.begin.length)}\n${block}\n${doc.slice(end)}`;
}
