import { readFileSync } from 'node:fs';
import { deviation, mean, quantileSorted } from 'd3-array';
import { describe, expect, it } from 'vitest';
import type { ReplicationRecord } from '../../src/dynamics/record.js';
import { ExperimentError, InvalidArgumentError } from '../../src/errors.js';
import { runExperiment, runReplication } from '../../src/experiment/index.js';
import type { Model } from '../../src/experiment/model.js';
import { model as failing } from './fixtures/failing-model.js';
import { NORMAL_MEAN, model as poisson } from './fixtures/poisson-model.js';
import { fixtureScenario } from './fixtures/scenario.js';

const scenario = fixtureScenario();
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function records(n: number, seed: number | string = 11): ReplicationRecord[] {
  return Array.from({ length: n }, (_, r) =>
    runReplication(scenario, { seed, replication: r, model: poisson }),
  );
}

describe('runReplication(scenario, { seed, replication, model })', () => {
  it('runReplication is deterministic in (scenario, seed, replication)', () => {
    const a = runReplication(scenario, { seed: 5, replication: 3, model: poisson });
    const b = runReplication(scenario, { seed: 5, replication: 3, model: poisson });
    const c = runReplication(scenario, { seed: 5, replication: 4, model: poisson });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('runReplication rejects a negative replication and a bad seed, naming the field', () => {
    expect(() => runReplication(scenario, { seed: 1, replication: -1, model: poisson })).toThrow(
      /^replication:/,
    );
    expect(() => runReplication(scenario, { seed: 1.5, replication: 0, model: poisson })).toThrow(
      /^seed:/,
    );
  });

  it('runReplication wraps a model failure in an ExperimentError naming the replication', () => {
    expect(() => runReplication(scenario, { seed: 1, replication: 3, model: failing })).toThrow(
      /model 'fixture-failing' failed in replication 3: fixture failure/,
    );
  });

  it('runReplication rejects a record for another replication', () => {
    const liar: Model = {
      name: 'liar',
      run: () => ({ replication: 0, scalars: {}, series: {}, histograms: {} }),
    };
    expect(() => runReplication(scenario, { seed: 1, replication: 2, model: liar })).toThrow(
      ExperimentError,
    );
  });
});

describe('runExperiment(scenario, { replications, seed, model })', () => {
  it('summarises scalars like d3-array over the replication values, in replication order', async () => {
    const result = await runExperiment(scenario, { replications: 40, seed: 11, model: poisson });
    const recs = records(40);
    const values = recs.map((r) => r.scalars['failures.total'] as number);
    const s = result.scalars['failures.total']!;
    const sorted = [...values].sort((a, b) => a - b);
    expect(s.n).toBe(40);
    expect(s.mean).toBe(mean(values));
    expect(s.sd).toBe(deviation(values));
    expect(s.p90).toBe(quantileSorted(sorted, 0.9));
    expect(result.perReplication.replications).toEqual([...Array(40).keys()]);
    expect(result.perReplication.scalars['failures.total']).toEqual(values);
  });

  it('summarises daily series per day: mean, sd and quantiles over the replications', async () => {
    const result = await runExperiment(scenario, { replications: 40, seed: 11, model: poisson });
    const recs = records(40);
    const series = result.series['failures.daily']!;
    expect(series.days).toBe(30);
    for (const d of [0, 7, 29]) {
      const day = recs.map((r) => r.series['failures.daily']![d] as number);
      const sorted = [...day].sort((a, b) => a - b);
      expect(series.n[d]).toBe(40);
      expect(series.mean[d]).toBeCloseTo(mean(day) as number, 12);
      expect(series.sd[d]).toBeCloseTo(deviation(day) as number, 12);
      expect(series.p5[d]).toBe(quantileSorted(sorted, 0.05));
      expect(series.p50[d]).toBe(quantileSorted(sorted, 0.5));
      expect(series.p95[d]).toBe(quantileSorted(sorted, 0.95));
    }
  });

  it('merges histograms by adding counts', async () => {
    const result = await runExperiment(scenario, { replications: 25, seed: 11, model: poisson });
    const recs = records(25);
    const h = result.histograms['response.minutes']!;
    const expected = recs[0]!.histograms['response.minutes']!.counts.map((_, i) =>
      recs.reduce((sum, r) => sum + r.histograms['response.minutes']!.counts[i]!, 0),
    );
    expect(h.counts).toEqual(expected);
    expect(h.total).toBe(recs.reduce((sum, r) => sum + r.scalars['failures.total']!, 0));
    expect(h.binWidth).toBe(10);
    expect(h.p50).toBeLessThan(h.p90);
    expect(h.p90).toBeLessThanOrEqual(h.p95);
  });

  it('skips NaN scalars (failures.firstDay is NaN when nothing failed)', async () => {
    const result = await runExperiment(fixtureScenario({ failuresPerDay: 0.05, horizonDays: 10 }), {
      replications: 30,
      seed: 2,
      model: poisson,
    });
    const values = result.perReplication.scalars['failures.firstDay']!;
    const defined = values.filter((v) => !Number.isNaN(v)).length;
    expect(defined).toBeLessThan(30);
    expect(result.scalars['failures.firstDay']!.n).toBe(defined);
    expect(JSON.stringify(result)).toContain('null');
  });

  it('records what is needed to reproduce the result', async () => {
    const result = await runExperiment(scenario, { replications: 3, seed: 'abc', model: poisson });
    const meta = result.meta;
    expect(meta.package).toEqual({ name: 'peacekeeping-sim', version: pkg.version });
    expect(meta.model).toBe('fixture-poisson');
    expect(meta.seed).toBe('abc');
    expect(meta.replications).toEqual({ requested: 3, completed: 3, partial: false });
    expect(meta.scenario.name).toBe('fixture');
    expect(meta.scenario.startDate).toBe('2020-12-23');
    expect(meta.scenario.horizonDays).toBe(30);
    expect(meta.scenario.hash).toMatch(/^[0-9a-f]{16,}$/);
    expect(meta.scenario.definition).toEqual(scenario);
    expect(meta.assumptions.length).toBeGreaterThan(0);
    const again = await runExperiment(meta.scenario.definition, {
      replications: meta.replications.requested,
      seed: meta.seed,
      model: poisson,
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });

  it('the 95 % interval covers the known mean about 95 % of the time', async () => {
    // 200 independent experiments of 30 replications; normal.draw is exactly Normal(10, 2²),
    // failures.total is Poisson(λH = 15). Binomial sd of the coverage: √(0.95·0.05/200) ≈ 0.015.
    const small = fixtureScenario({ horizonDays: 5, failuresPerDay: 3 });
    let coveredNormal = 0;
    let coveredPoisson = 0;
    const experiments = 200;
    for (let i = 0; i < experiments; i++) {
      const r = await runExperiment(small, {
        replications: 30,
        seed: `coverage-${i}`,
        model: poisson,
      });
      const n = r.scalars['normal.draw']!;
      const p = r.scalars['failures.total']!;
      if (n.ciLow <= NORMAL_MEAN && NORMAL_MEAN <= n.ciHigh) coveredNormal++;
      if (p.ciLow <= 15 && 15 <= p.ciHigh) coveredPoisson++;
    }
    expect(coveredNormal / experiments).toBeGreaterThanOrEqual(0.9);
    expect(coveredNormal / experiments).toBeLessThanOrEqual(0.99);
    expect(coveredPoisson / experiments).toBeGreaterThanOrEqual(0.9);
    expect(coveredPoisson / experiments).toBeLessThanOrEqual(0.99);
  });

  it('an aborted signal stops scheduling and marks the result partial', async () => {
    const controller = new AbortController();
    const result = await runExperiment(scenario, {
      replications: 50,
      seed: 11,
      model: poisson,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 5) controller.abort();
      },
    });
    expect(result.meta.replications).toEqual({ requested: 50, completed: 5, partial: true });
    expect(result.perReplication.replications).toEqual([0, 1, 2, 3, 4]);
    expect(result.scalars['failures.total']!.n).toBe(5);
    expect(result.series['failures.daily']!.n[0]).toBe(5);
  });

  it('an already aborted signal gives an empty partial result', async () => {
    const result = await runExperiment(scenario, {
      replications: 10,
      seed: 11,
      model: poisson,
      signal: AbortSignal.abort(),
    });
    expect(result.meta.replications.completed).toBe(0);
    expect(result.meta.replications.partial).toBe(true);
  });

  it('onProgress(done, total) counts every replication', async () => {
    const calls: [number, number][] = [];
    await runExperiment(scenario, {
      replications: 4,
      seed: 1,
      model: poisson,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('a model failure rejects with an ExperimentError', async () => {
    await expect(
      runExperiment(scenario, { replications: 10, seed: 1, model: failing }),
    ).rejects.toThrow(ExperimentError);
  });

  it.each([
    ['replications', { replications: 0 }],
    ['replications', { replications: 2.5 }],
    ['workers', { workers: 0 }],
    ['workers', { workers: 1.5 }],
    ['seed', { seed: Number.NaN }],
    ['shard.index', { shard: { index: 3, count: 3 } }],
    ['shard.index', { shard: { index: -1, count: 3 } }],
    ['shard.count', { shard: { index: 0, count: 0 } }],
    ['model', { model: {} as Model }],
    ['model.moduleUrl', { workers: 2, model: { name: 'x', run: poisson.run } }],
  ])('bad option %s → InvalidArgumentError naming it', async (field, bad) => {
    const options = { replications: 5, seed: 1, model: poisson, ...bad };
    const error = await runExperiment(scenario, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).field).toBe(field);
  });

  it('malformed records are rejected with an ExperimentError', async () => {
    const fractional: Model = {
      name: 'fractional-series',
      run: (_s, ctx) => ({
        replication: ctx.replication,
        scalars: {},
        series: { x: [1, 0.5] },
        histograms: {},
      }),
    };
    await expect(
      runExperiment(scenario, { replications: 2, seed: 1, model: fractional }),
    ).rejects.toThrow(/series 'x' day 1 of replication 0: expected an integer count, got 0.5/);
    const bins: Model = {
      name: 'changing-bins',
      run: (_s, ctx) => ({
        replication: ctx.replication,
        scalars: {},
        series: {},
        histograms: { h: { binWidth: 5, counts: new Array(3 + ctx.replication).fill(0) } },
      }),
    };
    await expect(
      runExperiment(scenario, { replications: 2, seed: 1, model: bins }),
    ).rejects.toThrow(/bins must be identical/);
  });

  it('scalar metrics missing from some replications are NaN there', async () => {
    const sometimes: Model = {
      name: 'sometimes',
      run: (_s, ctx) => ({
        replication: ctx.replication,
        scalars: ctx.replication % 2 === 0 ? { even: 1 } : { odd: 2 },
        series: {},
        histograms: {},
      }),
    };
    const result = await runExperiment(scenario, { replications: 4, seed: 1, model: sometimes });
    expect(result.perReplication.scalars.even).toEqual([1, Number.NaN, 1, Number.NaN]);
    expect(result.perReplication.scalars.odd).toEqual([Number.NaN, 2, Number.NaN, 2]);
    expect(Object.keys(result.scalars)).toEqual(['even', 'odd']);
  });

  it('results are deep-frozen', async () => {
    const result = await runExperiment(scenario, { replications: 2, seed: 1, model: poisson });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.perReplication.scalars['failures.total'])).toBe(true);
  });
});
