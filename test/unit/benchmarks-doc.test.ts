import { describe, expect, it } from 'vitest';
import {
  type BenchReport, renderSummaryBlock, renderTableBlock, replaceBetween, SUMMARY_MARKERS, TABLE_MARKERS,
} from '../../bench/benchmarks-doc';
import type { Row } from '../../bench/browser/report';

const row = (area: string, measure: string, value: string, extra: Partial<Row> = {}): Row =>
  ({ area, measure, value, noise: '', n: '20 runs', target: '', verdict: '', ...extra });

const REPORT: BenchReport = {
  machine: {
    date: '2026-12-06T11:22:33.000Z', nproc: 2, cpu: 'AMD EPYC 7B13', node: 'v20.20.2', chromium: '156.0.8078.108',
    loadAverage1m: { median: 2.4, min: 1.9, max: 3.6 }, seconds: 402, cpuSecondsThisProcess: 180,
  },
  rows: [
    row('bytes', 'loader (dist/med-support.js), gzip / brotli', '4.0 KB / 3.5 KB'),
    row('bytes', 'loader + first open, gzip / brotli', '31.2 KB / 28.3 KB'),
    row('first open', 'cold, clicked as the launcher appears (code, token, data on the click) → interactive', '77 ms', { noise: '58–190', target: 'median ≤ 100 ms, max ≤ 250 ms', verdict: 'met' }),
    row('first open', 'long tasks ≥ 50 ms between click and interactive: cold at launch / after prefetch / warm', '0 / 0 / 1 in all runs', { target: 'none', verdict: 'MISSED' }),
    row('search', 'Chromium, 10,000 articles: per keystroke p50 / p95, engine', '0.16 / 1.2 ms', { target: 'p95 ≤ 4 ms', verdict: 'met' }),
    row('search', '10,000 articles, held-out, overall: Recall@5 (a) (b) (c) (d) (e) (f) (g)', '0.50 · 0.52 · 0.66 · 0.81 · 0.71 · 0.66 · 0.96', {
      noise: '(d) R@1/R@5/MRR@5 0.74/0.81/0.76', target: '(d) R@5 ≥ 0.95, MRR@5 ≥ 0.9', verdict: 'MISSED',
    }),
    row('portal', 'GET /requests (mine, open; cache miss: 1,200 users in turn): p50 / p95', '11 / 17 ms', { target: 'p95 < 20 ms', verdict: 'met' }),
  ],
};

describe('the benchmark documents written by npm run bench', () => {
  it('state the machine, the date and the load of the run, then its rows as a table and what was missed', () => {
    const block = renderTableBlock(REPORT);
    expect(block).toContain('2026-12-06: 2 × AMD EPYC 7B13, Node v20.20.2, Chromium 156.0.8078.108, 1-min load average 2.4 (1.9–3.6) while running, 402 s');
    const lines = block.split('\n');
    const table = lines.filter((line) => line.startsWith('|'));
    expect(table).toHaveLength(2 + REPORT.rows.length);
    expect(table[0]).toMatch(/^\| area +\| measure +\| value +\| noise +\| n +\| target +\| +\|$/);
    expect(table[4]).toMatch(/^\| first open +\| cold, clicked as the launcher appears .*\| 77 ms +\| 58–190 +\| 20 runs +\| median ≤ 100 ms, max ≤ 250 ms \| met +\|$/);
    expect(lines.at(-1)).toBe(
      '**Missed: first open: long tasks ≥ 50 ms between click and interactive: cold at launch / after prefetch / warm; ' +
        'search: 10,000 articles, held-out, overall: Recall@5 (a) (b) (c) (d) (e) (f) (g)**',
    );
    expect(renderTableBlock({ ...REPORT, rows: REPORT.rows.filter((r) => r.verdict !== 'MISSED') }).split('\n').at(-1)).toBe('**Every target met.**');
  });

  it('sum the headline figures up for the README in five lines and a link', () => {
    expect(renderSummaryBlock(REPORT)).toBe([
      'Latest `npm run bench`: 2026-12-06, 2 cores, load average 2.4 (1.9–3.6); 3 of 5 targets met.',
      '',
      '- Bytes (gzip / brotli): loader 4.0 KB / 3.5 KB, loader + first open 31.2 KB / 28.3 KB.',
      '- First open, cold at launch → interactive: 77 ms (58–190); long tasks at launch / after prefetch / warm: 0 / 0 / 1 in all runs.',
      '- Search, 10,000 articles: per keystroke p50 / p95 in Chromium 0.16 / 1.2 ms; held-out queries, Recall@1 / @5 / MRR@5 0.74 / 0.81 / 0.76.',
      '- Portal, the list the widget opens (100,000 requests, 50 connections), p50 / p95: 11 / 17 ms.',
      '',
      'Full table, machine and method: [docs/benchmarks.md](docs/benchmarks.md).',
    ].join('\n'));
  });

  it('refuse to summarise a run that lacks a quoted row, rather than print a stale or empty figure', () => {
    expect(() => renderSummaryBlock({ ...REPORT, rows: REPORT.rows.filter((r) => r.area !== 'portal') })).toThrow(/portal row/);
  });

  it('replace only what lies between the markers, and only when both are there once', () => {
    const doc = `# Title\n\nBy hand.\n\n${TABLE_MARKERS.begin}\nold table\n${TABLE_MARKERS.end}\n\nMethod, by hand.\n`;
    const once = replaceBetween(doc, TABLE_MARKERS, 'new table');
    expect(once).toBe(`# Title\n\nBy hand.\n\n${TABLE_MARKERS.begin}\nnew table\n${TABLE_MARKERS.end}\n\nMethod, by hand.\n`);
    expect(replaceBetween(once, TABLE_MARKERS, 'new table')).toBe(once);
    expect(() => replaceBetween('# no markers', TABLE_MARKERS, 'x')).toThrow();
    expect(() => replaceBetween(`${TABLE_MARKERS.end}\n${TABLE_MARKERS.begin}`, TABLE_MARKERS, 'x')).toThrow();
    expect(() => replaceBetween(`${doc}${TABLE_MARKERS.begin}`, TABLE_MARKERS, 'x')).toThrow();
  });

  it('find their markers in docs/benchmarks.md and the README', async () => {
    const { readFile } = await import('node:fs/promises');
    const benchmarks = await readFile(new URL('../../docs/benchmarks.md', import.meta.url), 'utf8');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(() => replaceBetween(benchmarks, TABLE_MARKERS, renderTableBlock(REPORT))).not.toThrow();
    expect(() => replaceBetween(readme, SUMMARY_MARKERS, renderSummaryBlock(REPORT))).not.toThrow();
    // What a newcomer reads in three minutes; the figures and their method live in docs/benchmarks.md.
    expect(Buffer.byteLength(readme)).toBeLessThan(10 * 1024);
  });
});
