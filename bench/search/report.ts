// Formatting shared by `npm run bench:search` (run.ts) and `npm run bench` (browser/search-rows.ts).
import type { LearningPart, LearningResult } from './learning';
import type { Quality } from './quality';

export const f2 = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(2));
export const q3 = (q: Quality | undefined): string => (q ? `${f2(q.recallAt1)}/${f2(q.recallAt5)}/${f2(q.mrr)}` : '–');

/**
 * Of the queries not in the top 5 without learning: how many, and the median number of events (rounds) until they
 * were ("> n" when more than half never were, "–" when there were none).
 */
export function toLearn(part: LearningPart, rounds: number): { count: number; median: string } {
  const sorted = part.enteredAt
    .filter((r) => r !== 0)
    .map((r) => r ?? Infinity)
    .sort((a, b) => a - b);
  if (!sorted.length) return { count: 0, median: '–' };
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { count: sorted.length, median: median === Infinity ? `> ${rounds}` : String(median) };
}

/** "in the top 5 after 0 / 5 / 10 events: 0.40 / 1.00 / 1.00; the 20 not in it at first: median 5 events" */
export function learningLine(result: LearningResult, part: LearningPart): string {
  const at = [0, result.k, result.rounds];
  const { count, median } = toLearn(part, result.rounds);
  return (
    `in the top 5 after ${at.join(' / ')} events: ${at.map((round) => f2(part.inTop5[round])).join(' / ')}; ` +
    `the ${count} not in it at first: median ${median} events`
  );
}
