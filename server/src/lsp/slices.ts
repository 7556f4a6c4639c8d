// Long work in slices: a generator's steps run one after another until a slice has taken its
// budget, then the server yields to the event loop, so that requests (hover, code actions) and
// newer edits are handled in between, and stops when the work is no longer wanted.
import { performance } from 'node:perf_hooks';

/** How long one slice may run before the server answers what has arrived meanwhile. */
export const SLICE_MS = 8;

/** Something a newer edit, a closed document or a new configuration makes unwanted. */
export interface Cancellation {
  readonly cancelled: boolean;
}

export class CancellationSource implements Cancellation {
  private done = false;
  get cancelled(): boolean {
    return this.done;
  }
  cancel(): void {
    this.done = true;
  }
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs `steps` to the end in slices and returns its result, or null when `token` was cancelled
 * (checked between slices). `onStep` sees what each step yields.
 */
export async function runInSlices<Y, R>(
  steps: Generator<Y, R>,
  token: Cancellation,
  onStep?: (value: Y) => void,
  budget = SLICE_MS,
): Promise<R | null> {
  if (token.cancelled) return null;
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onStep?.(step.value);
    if (performance.now() - sliceStart >= budget) {
      await yieldToEventLoop();
      if (token.cancelled) return null;
      sliceStart = performance.now();
    }
  }
}
