// Runs each property twice: with a fixed seed (the same cases on every run, so a failure is
// reproducible at once) and with a random seed printed at the end (new cases on every run). The
// case counts are for CI; `npm run test:property:nightly` multiplies them (PPLINT_PROPERTY_SCALE).
// To replay a failure: PPLINT_PROPERTY_SEED=<seed printed> npm test; then add the counterexample
// to test/unit/hardening-regressions.test.ts as a named case.
import fc from 'fast-check';

export const FIXED_SEED = 20261202;
export const RANDOM_SEED = Number(process.env.PPLINT_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
export const SCALE = Number(process.env.PPLINT_PROPERTY_SCALE ?? 1);

const counts = new Map<string, number>();

/** Asserts a property on `runs` cases (half with each seed); counts them for the summary. */
export function holds<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, runs: number): void {
  const total = Math.max(2, Math.round(runs * SCALE));
  for (const seed of [FIXED_SEED, RANDOM_SEED]) {
    fc.assert(
      fc.property(arbitrary, (value) => {
        predicate(value);
      }),
      { seed, numRuns: Math.ceil(total / 2), endOnFailure: false },
    );
  }
  counts.set(name, (counts.get(name) ?? 0) + 2 * Math.ceil(total / 2));
}

/** Counts cases a test generated itself (fc.sample) for the summary. */
export function counted(name: string, cases: number): void {
  counts.set(name, (counts.get(name) ?? 0) + cases);
}

after(function () {
  if (counts.size === 0) return;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const lines = [...counts].map(([name, n]) => `    ${n.toLocaleString('en')}  ${name}`);
  console.log(
    `\n  Property tests: ${total.toLocaleString('en')} generated cases (seeds: fixed ${FIXED_SEED}, random ${RANDOM_SEED}; replay with PPLINT_PROPERTY_SEED=${RANDOM_SEED})\n${lines.join('\n')}`,
  );
});
