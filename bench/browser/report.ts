/** One line of the bench table. */
export interface Row {
  area: string;
  measure: string;
  value: string;
  /** What the machine's noise looks like for this figure: min–max over runs, or the worst sample. */
  noise: string;
  /** How many runs or samples the value is taken over. */
  n: string;
  target: string;
  verdict: 'met' | 'MISSED' | '';
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, n: sorted.length };
}

/** Milliseconds with precision where it matters: 0.08, 3.3, 42, 751. */
export const ms = (x: number): string => (x < 1 ? x.toFixed(2) : x < 10 ? x.toFixed(1) : x.toFixed(0));
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const range = (s: Spread, format: (x: number) => string): string => `${format(s.min)}–${format(s.max)}`;
export const verdict = (ok: boolean): Row['verdict'] => (ok ? 'met' : 'MISSED');

const COLUMNS: [keyof Row, string][] = [
  ['area', 'area'],
  ['measure', 'measure'],
  ['value', 'value'],
  ['noise', 'noise'],
  ['n', 'n'],
  ['target', 'target'],
  ['verdict', ''],
];

/** The rows as one aligned plain-text table; also valid Markdown, so the README can take it as it is. */
export function renderTable(rows: Row[]): string {
  const cells = [COLUMNS.map(([, title]) => title), ...rows.map((row) => COLUMNS.map(([key]) => row[key]))];
  const widths = COLUMNS.map((_, i) => Math.max(3, ...cells.map((line) => line[i]!.length)));
  const line = (values: string[]): string => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(cells[0]!), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}
