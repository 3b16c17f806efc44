import { describe, expect, it } from 'vitest';
import { ExperimentError } from '../../src/errors.js';
import { runExperiment, runWorkerTask } from '../../src/experiment/index.js';
import { workerEntryUrl } from '../../src/experiment/pool.js';
import { Accumulator } from '../../src/experiment/state.js';
import { loadModel } from '../../src/experiment/worker.js';
import { model as failing } from './fixtures/failing-model.js';
import { model as poisson } from './fixtures/poisson-model.js';
import { fixtureScenario } from './fixtures/scenario.js';

const scenario = fixtureScenario();

describe('runWorkerTask(task)', () => {
  it('runWorkerTask runs the batch with the module’s model and returns its accumulated state', async () => {
    const batch = await runWorkerTask({
      moduleUrl: poisson.moduleUrl!,
      modelName: poisson.name,
      scenario,
      seed: 9,
      replications: [4, 1, 7],
    });
    // The same state as folding the three records in the main thread.
    const acc = new Accumulator();
    for (const r of [4, 1, 7]) acc.add(poisson.run(scenario, { seed: 9, replication: r }));
    expect(batch.replications).toEqual([1, 4, 7]);
    expect(JSON.stringify(batch)).toBe(JSON.stringify(acc.toBatch()));
  });

  it('runWorkerTask rejects a module whose model has another name', async () => {
    await expect(
      runWorkerTask({
        moduleUrl: poisson.moduleUrl!,
        modelName: 'something-else',
        scenario,
        seed: 9,
        replications: [0],
      }),
    ).rejects.toThrow(/exports model 'fixture-poisson', expected 'something-else'/);
  });

  it('loadModel(url) rejects a module without a model export', async () => {
    const url = new URL('./fixtures/not-a-model.ts', import.meta.url).href;
    await expect(loadModel(url)).rejects.toThrow(ExperimentError);
  });

  it('the worker entry is the .mjs shim when running from sources', () => {
    expect(workerEntryUrl().pathname).toMatch(/src\/experiment\/worker-shim\.mjs$/);
  });
});

describe('runExperiment(scenario, { workers })', () => {
  it('results are byte-identical for 1, 2 and 4 workers', async () => {
    const options = { replications: 60, seed: 'workers', model: poisson };
    const one = JSON.stringify(await runExperiment(scenario, { ...options, workers: 1 }));
    const two = JSON.stringify(await runExperiment(scenario, { ...options, workers: 2 }));
    const four = JSON.stringify(await runExperiment(scenario, { ...options, workers: 4 }));
    expect(two).toBe(one);
    expect(four).toBe(one);
  });

  it('a failing worker rejects with an ExperimentError', async () => {
    await expect(
      runExperiment(scenario, { replications: 12, seed: 1, model: failing, workers: 2 }),
    ).rejects.toThrow(/worker failed .*fixture failure/);
  });

  it('abort with workers keeps the completed replications, with the full run’s values', async () => {
    const controller = new AbortController();
    const full = await runExperiment(scenario, { replications: 400, seed: 5, model: poisson });
    const part = await runExperiment(scenario, {
      replications: 400,
      seed: 5,
      model: poisson,
      workers: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    const done = part.perReplication.replications;
    expect(part.meta.replications.partial).toBe(true);
    expect(part.meta.replications.completed).toBe(done.length);
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(400);
    const values = part.perReplication.scalars['failures.total']!;
    done.forEach((r, i) => {
      expect(values[i]).toBe(full.perReplication.scalars['failures.total']![r]);
    });
  });
});
