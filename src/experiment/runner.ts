/**
 * Runs a list of replication indices into an {@link Accumulator}, in this thread or on a
 * worker pool, with progress and cancellation.
 *
 * @internal
 * @module
 */
import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import type { Execution } from './options.js';
import type { ReplicationPool } from './pool.js';
import { runOne } from './replication.js';
import type { Accumulator } from './state.js';

/** Counts completed replications against a total and reports them to `onProgress`. */
export class Progress {
  done = 0;
  readonly total: number;
  private readonly onProgress: ((done: number, total: number) => void) | undefined;

  constructor(total: number, onProgress: ((done: number, total: number) => void) | undefined) {
    this.total = total;
    this.onProgress = onProgress;
  }

  /** Records `count` more completed replications. */
  add(count: number): void {
    this.done += count;
    this.onProgress?.(this.done, this.total);
  }
}

/** Largest batch of replications sent to a worker in one task. */
const MAX_BATCH = 32;

/**
 * Runs replications `indices` of `scenario` and folds their records into `acc`. Stops
 * scheduling new replications once `exec.signal` is aborted (replications already running
 * complete and are kept).
 *
 * @returns true when the run was cut short by the signal
 */
export async function runIndices(
  acc: Accumulator,
  scenario: Scenario,
  seed: number | string,
  indices: readonly number[],
  exec: Execution,
  pool: ReplicationPool | undefined,
  progress: Progress,
): Promise<boolean> {
  const signal = exec.signal;
  if (pool === undefined) {
    for (const r of indices) {
      if (signal?.aborted) return true;
      acc.add(runOne(exec.model, scenario, seed, r));
      progress.add(1);
      // Let an abort (a timer, a signal handler) run between replications.
      if (signal !== undefined) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return false;
  }
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(indices.length / (pool.workers * 4))));
  const batches: number[][] = [];
  for (let i = 0; i < indices.length; i += size) batches.push(indices.slice(i, i + size));
  const inFlightLimit = pool.workers * 2;
  let next = 0;
  let active = 0;
  let failure: { error: unknown } | undefined;
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      while (
        failure === undefined &&
        !signal?.aborted &&
        active < inFlightLimit &&
        next < batches.length
      ) {
        const batch = batches[next++] as number[];
        active++;
        pool
          .run(scenario, seed, batch)
          .then((batch) => {
            if (failure !== undefined) return;
            acc.absorb(batch);
            progress.add(batch.replications.length);
          })
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => {
            active--;
            pump();
          });
      }
      if (active === 0) resolve();
    };
    pump();
  });
  if (failure !== undefined) throw failure.error;
  return next < batches.length;
}
