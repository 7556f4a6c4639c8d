// Document-wide work in steps: a generator yields between pieces of its work, so that a caller
// that must stay responsive (the language server on a large draft) answers requests in between;
// everyone else runs it to its end at once.

/** How many sentences (or blocks) one step reads. */
export const ITEMS_PER_STEP = 64;

export type Steps<T> = Generator<void, T, undefined>;

/** Runs the steps to their end and returns their result. */
export function runSteps<T>(steps: Generator<unknown, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `items.filter(keep)`, a few items per step. */
export function* filterSteps<T>(items: readonly T[], keep: (item: T) => boolean): Steps<T[]> {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    if (keep(items[i]!)) out.push(items[i]!);
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  return out;
}

/** The first non-null `read(item)` in order, or null, a few items per step. */
export function* findSteps<T, R>(items: readonly T[], read: (item: T) => R | null): Steps<R | null> {
  for (let i = 0; i < items.length; i++) {
    const found = read(items[i]!);
    if (found !== null) return found;
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  return null;
}

/**
 * Whether iteration `i` of a loop ends a step: `if (stepEnds(i)) yield;` at its end. A plain test,
 * not a delegated generator, so that a loop over every block allocates nothing per iteration.
 */
export function stepEnds(i: number): boolean {
  return i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1;
}
