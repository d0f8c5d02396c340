/** Runs the steps of a build made in steps (see `buildArticleSearch`) to their end, without pausing. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
