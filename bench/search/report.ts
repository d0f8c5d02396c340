// Formatting shared by `npm run bench:search` (run.ts) and `npm run bench` (browser/search-rows.ts).
import type { LearningPart, LearningResult } from './learning';
import type { Quality } from './quality';

export const f2 = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(2));
export const q3 = (q: Quality | undefined): string => (q ? `${f2(q.recallAt1)}/${f2(q.recallAt5)}/${f2(q.mrr)}` : '–');

/** The median round at which the queries entered the top 5 ("> n" when more than half never did). */
export function medianRounds(part: LearningPart, rounds: number): string {
  const sorted = part.enteredAt.map((r) => r ?? Infinity).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? Infinity;
  return median === Infinity ? `> ${rounds}` : String(median);
}

/** "median 5; in the top 5 after 0 / 5 / 10 events: 0.40 / 0.85 / 0.90" */
export function learningLine(result: LearningResult, part: LearningPart): string {
  const at = [0, result.k, result.rounds];
  return (
    `median ${medianRounds(part, result.rounds)} events; in the top 5 after ${at.join(' / ')} events: ` +
    at.map((round) => f2(part.inTop5[round])).join(' / ')
  );
}
