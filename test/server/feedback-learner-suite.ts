import { describe, expect, it } from 'vitest';
import { createFeedbackLearner, feedbackTerms, type FeedbackLearnerOptions, type FeedbackStore } from '../../server/feedback/learner.js';

const DAY = 86_400_000;
const practices = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `org-${from + i}`);

/** The learner's behaviour, run on each store (feedback-learner.test.ts, feedback-store.test.ts). */
export function learnerSuite(name: string, makeStore: () => FeedbackStore): void {
  describe(`the feedback learner (${name})`, () => {
    const learner = (options: Partial<FeedbackLearnerOptions> = {}) => createFeedbackLearner({ secret: 'test-secret', store: makeStore(), ...options });

    it('learns a term for an article only once k distinct practices reported it', () => {
      const l = learner({ minPractices: 3 });
      expect(l.record('drucken', 'org-a', ['ausdruck', 'rechnung'])).toBe(true);
      expect(l.record('drucken', 'org-b', ['ausdruck'])).toBe(true);
      expect(l.learned().size).toBe(0);
      const before = l.revision();
      expect(l.record('drucken', 'org-c', ['ausdruck'])).toBe(true);
      expect(l.learned()).toEqual(new Map([['drucken', ['ausdruck']]]));
      expect(l.revision()).not.toBe(before);
      // The same term for another article starts from zero.
      for (const org of ['org-a', 'org-b']) l.record('passwort', org, ['ausdruck']);
      expect(l.learned().get('passwort')).toBeUndefined();
    });

    it('defaults to k = 5', () => {
      const l = learner();
      for (const org of practices(4)) l.record('a1', org, ['kennwort']);
      expect(l.learned().size).toBe(0);
      l.record('a1', 'org-4', ['kennwort']);
      expect(l.learned().get('a1')).toEqual(['kennwort']);
    });

    it('counts one practice once per term and article, however often it reports (idempotent)', () => {
      const l = learner({ minPractices: 2 });
      expect(l.record('a1', 'org-a', ['kennwort'])).toBe(true);
      for (let i = 0; i < 50; i++) expect(l.record('a1', 'org-a', ['kennwort', 'Kennwort', 'KENNWORT'])).toBe(false);
      expect(l.learned().size).toBe(0);
      expect(l.record('a1', 'org-b', ['kennwort'])).toBe(true);
      expect(l.learned().get('a1')).toEqual(['kennwort']);
      // Learned: more reports change nothing.
      const revision = l.revision();
      expect(l.record('a1', 'org-c', ['kennwort'])).toBe(false);
      expect(l.revision()).toBe(revision);
    });

    it('cannot be made to learn anything by one practice, however many terms and events it sends', () => {
      const l = learner({ minPractices: 2 });
      for (let event = 0; event < 200; event++) {
        l.record('a1', 'org-flood', Array.from({ length: 30 }, (_, i) => `wort${event}x${i}`));
        l.record('a1', 'org-flood', ['kennwort']);
      }
      expect(l.learned().size).toBe(0);
    });

    it('takes at most 10 terms of an event, each 2–40 letters or digits, no stop words', () => {
      expect(feedbackTerms(['a', 'x'.repeat(41), 'und', 'the', 'foo-bar', 'zwei wörter', '', 'Gerät', 'ß2', 'x'.repeat(40)])).toEqual(['gerat', 'ss2', 'x'.repeat(40)]);
      const l = learner({ minPractices: 1 });
      l.record('a1', 'org-a', Array.from({ length: 15 }, (_, i) => `term${String.fromCharCode(97 + i)}`));
      expect(l.learned().get('a1')).toHaveLength(10);
      expect(l.learned().get('a1')).not.toContain('termk');
      expect(l.record('a1', 'org-a', ['a', 'und'])).toBe(false);
    });

    it('keeps at most N pending pairs per article: one practice flooding only replaces lone pairs, never shared ones', () => {
      const store = makeStore();
      const l = learner({ minPractices: 3, maxPendingPerArticle: 20, store });
      // Two practices share "kennwort"; another term has one practice.
      l.record('a1', 'org-a', ['kennwort', 'einsam']);
      l.record('a1', 'org-b', ['kennwort']);
      for (let event = 0; event < 10; event++) {
        l.record('a1', 'org-flood', Array.from({ length: 10 }, (_, i) => `flut${event}x${i}`));
        expect(store.pendingPairs('a1')).toBeLessThanOrEqual(20);
      }
      expect(store.pendingPairs('a1')).toBe(20);
      expect(store.pair('a1', 'einsam')).toBeNull();
      // Still room for new pairs, and the shared one survived: a third practice teaches it.
      l.record('a1', 'org-c', ['kennwort']);
      expect(l.learned().get('a1')).toEqual(['kennwort']);
      // Other articles are unaffected by the cap.
      for (const org of practices(3)) l.record('a2', org, ['drucker']);
      expect(l.learned().get('a2')).toEqual(['drucker']);
    });

    it('ignores a new pair when every pending pair of a full article is shared by two practices', () => {
      const l = learner({ minPractices: 3, maxPendingPerArticle: 3 });
      for (const org of ['org-a', 'org-b']) l.record('a1', org, ['rot', 'gruen', 'blau']);
      expect(l.record('a1', 'org-c', ['vier'])).toBe(false);
      for (const org of ['org-d', 'org-e']) l.record('a1', org, ['vier']);
      l.record('a1', 'org-c', ['rot']);
      expect(l.learned().get('a1')).toEqual(['rot']);
      // Learning made room.
      expect(l.record('a1', 'org-c', ['vier'])).toBe(true);
    });

    it('forgets reports after the pending period', () => {
      let now = 1_000 * DAY;
      const l = learner({ minPractices: 2, pendingDays: 180, now: () => now });
      l.record('a1', 'org-a', ['kennwort']);
      now += 181 * DAY;
      l.record('a1', 'org-b', ['kennwort']);
      expect(l.learned().size).toBe(0);
      now += 10 * DAY;
      l.record('a1', 'org-c', ['kennwort']);
      expect(l.learned().get('a1')).toEqual(['kennwort']);
    });

    it('expires each practice on its own: newer reports of a pair still count', () => {
      let now = 1_000 * DAY;
      const l = learner({ minPractices: 3, pendingDays: 180, now: () => now });
      l.record('a1', 'org-a', ['kennwort']);
      now += 100 * DAY;
      l.record('a1', 'org-b', ['kennwort']);
      now += 90 * DAY;
      l.record('a1', 'org-c', ['kennwort']);
      expect(l.learned().size).toBe(0);
      l.record('a1', 'org-d', ['kennwort']);
      expect(l.learned().get('a1')).toEqual(['kennwort']);
    });

    it('a practice that reports again keeps its report alive, and still counts once', () => {
      let now = 1_000 * DAY;
      const l = learner({ minPractices: 2, pendingDays: 180, now: () => now });
      l.record('a1', 'org-a', ['kennwort']);
      now += 100 * DAY;
      expect(l.record('a1', 'org-a', ['kennwort'])).toBe(false);
      now += 100 * DAY;
      expect(l.record('a1', 'org-b', ['kennwort'])).toBe(true);
      expect(l.learned().get('a1')).toEqual(['kennwort']);
    });

    it('serves at most 20 learned keywords per article, those taught longest first', () => {
      let now = 1_000 * DAY;
      const l = learner({ minPractices: 1, now: () => now });
      for (let i = 0; i < 25; i++) {
        l.record('a1', 'org-a', [`wort${String(i).padStart(2, '0')}`]);
        now += DAY;
      }
      const served = l.learned().get('a1');
      expect(served).toHaveLength(20);
      expect(served?.[0]).toBe('wort00');
      expect(served?.at(-1)).toBe('wort19');
    });

    it('keeps marks of different secrets apart: the same practice under a new key counts again', () => {
      const store = makeStore();
      const a = createFeedbackLearner({ secret: 'one', store, minPractices: 2 });
      const b = createFeedbackLearner({ secret: 'two', store, minPractices: 2 });
      a.record('a1', 'org-a', ['kennwort']);
      expect(b.record('a1', 'org-a', ['kennwort'])).toBe(true);
    });
  });
}
