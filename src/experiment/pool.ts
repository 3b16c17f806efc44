/**
 * The worker-thread pool (tinypool). Each task is a batch of replication indices; a worker
 * loads the model from `model.moduleUrl` once and returns the batch's records.
 *
 * Worker entry: the compiled `worker.js` beside this module when running from `dist/`; when
 * running from the TypeScript sources (this module is a `.ts` file, under vitest or tsx),
 * `worker-shim.mjs`, which loads `worker.ts` through tsx, because worker threads on Node 20
 * cannot load `.ts` files themselves.
 *
 * @internal
 * @module
 */
import Tinypool from 'tinypool';
import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import { ExperimentError } from '../errors.js';
import type { Model } from './model.js';
import type { Execution } from './options.js';
import type { BatchState } from './state.js';
import type { WorkerTask } from './worker.js';

/** URL of the module worker threads start from (see the module comment). */
export function workerEntryUrl(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(fromSources ? './worker-shim.mjs' : './worker.js', import.meta.url);
}

/** A pool of worker threads running replications of one model. */
export class ReplicationPool {
  private readonly pool: Tinypool;
  private readonly model: Model;
  private readonly moduleUrl: string;
  /** Number of worker threads. */
  readonly workers: number;

  constructor(model: Model, workers: number) {
    if (typeof model.moduleUrl !== 'string') {
      throw new ExperimentError(`model '${model.name}' has no moduleUrl: workers cannot load it`);
    }
    this.model = model;
    this.moduleUrl = model.moduleUrl;
    this.workers = workers;
    this.pool = new Tinypool({
      filename: workerEntryUrl().href,
      minThreads: workers,
      maxThreads: workers,
      idleTimeout: 60_000,
      isolateWorkers: false,
    });
  }

  /** Runs a batch of replications on some worker; their accumulated state comes back. */
  async run(
    scenario: Scenario,
    seed: number | string,
    replications: readonly number[],
  ): Promise<BatchState> {
    const task: WorkerTask = {
      moduleUrl: this.moduleUrl,
      modelName: this.model.name,
      scenario,
      seed,
      replications,
    };
    try {
      return (await this.pool.run(task)) as BatchState;
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new ExperimentError(
        `worker failed running replications of '${this.model.name}': ${why}`,
        {
          cause: error,
        },
      );
    }
  }

  /** Stops the worker threads. */
  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}

/**
 * Runs `fn` with a pool of `exec.workers` threads (or none when workers is 1) and destroys the
 * pool afterwards, so that several experiments (compare, sweep, sensitivity) share one pool.
 */
export async function withPool<T>(
  exec: Execution,
  fn: (pool: ReplicationPool | undefined) => Promise<T>,
): Promise<T> {
  if (exec.workers === 1) return fn(undefined);
  const pool = new ReplicationPool(exec.model, exec.workers);
  try {
    return await fn(pool);
  } finally {
    await pool.destroy();
  }
}
