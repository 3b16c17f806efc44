/**
 * The worker-thread side of the pool: loads the model from its module URL (once per worker)
 * and runs a batch of replications. The default export is the task function tinypool calls.
 *
 * @module
 */

import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import { ExperimentError } from '../errors.js';
import type { Model } from './model.js';
import { runOne } from './replication.js';
import { Accumulator, type BatchState } from './state.js';

/** One batch of replications for a worker. */
export interface WorkerTask {
  /** File URL of the module whose named export `model` is the model. */
  readonly moduleUrl: string;
  /** Expected {@link Model.name}; a mismatch is an error. */
  readonly modelName: string;
  readonly scenario: Scenario;
  readonly seed: number | string;
  /** Replication indices to run, in this order. */
  readonly replications: readonly number[];
}

const models = new Map<string, Promise<Model>>();

/**
 * Loads the named export `model` of an ES module, cached per URL. TypeScript modules (`.ts`,
 * `.mts`, `.cts`) load through tsx: the loader that loaded this module when it runs from
 * sources, tsx's `register()` (once per thread) when it runs compiled.
 *
 * @throws {@link ExperimentError} if the module has no `model` export with a `run` function
 */
export function loadModel(moduleUrl: string): Promise<Model> {
  let loaded = models.get(moduleUrl);
  if (loaded === undefined) {
    loaded = importModel(moduleUrl);
    models.set(moduleUrl, loaded);
  }
  return loaded;
}

/** Whether this module runs as TypeScript: then its loader (tsx, vite) also loads `.ts` models. */
const RUNNING_FROM_SOURCES = import.meta.url.endsWith('.ts');
let tsxRegistered = false;

async function importModel(moduleUrl: string): Promise<Model> {
  const path = new URL(moduleUrl).pathname;
  if (/\.[mc]?tsx?$/.test(path) && !RUNNING_FROM_SOURCES && !tsxRegistered) {
    // Compiled library, TypeScript model: register tsx's loader once in this thread.
    const { register } = await import('tsx/esm/api');
    register();
    tsxRegistered = true;
  }
  const mod = (await import(/* @vite-ignore */ moduleUrl)) as Record<string, unknown>;
  const model = mod.model as Model | undefined;
  if (model === null || typeof model !== 'object' || typeof model.run !== 'function') {
    throw new ExperimentError(
      `module ${moduleUrl} has no named export 'model' with a run() method`,
    );
  }
  return model;
}

/**
 * Runs a batch of replications in the calling thread and returns their records in the order
 * of `task.replications`. This is what each worker thread executes.
 *
 * @throws {@link ExperimentError} if the module's model has another name than `task.modelName`
 */
export async function runWorkerTask(task: WorkerTask): Promise<BatchState> {
  const model = await loadModel(task.moduleUrl);
  if (model.name !== task.modelName) {
    throw new ExperimentError(
      `module ${task.moduleUrl} exports model '${model.name}', expected '${task.modelName}'`,
    );
  }
  const acc = new Accumulator();
  for (const r of task.replications) acc.add(runOne(model, task.scenario, task.seed, r));
  return acc.toBatch();
}

export default runWorkerTask;
