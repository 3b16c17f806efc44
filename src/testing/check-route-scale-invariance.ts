/**
 * Invariant: the IED threat does not depend on the unit of length.
 *
 * @module
 */
import { simulateMission } from '../dynamics/simulate.js';
import { InvalidArgumentError } from '../errors.js';
import type { Scenario } from '../scenario/types.js';
import { variant } from '../scenario/variant.js';
import { InvariantError } from './invariant-error.js';

/** Options of {@link checkRouteScaleInvariance}. */
export interface ScaleOptions {
  readonly seed: number | string;
  readonly replications: number;
  /** Scale factor, a power of two ≥ 2 (default 2). */
  readonly factor?: number;
}

/** What {@link checkRouteScaleInvariance} compared. */
export interface ScaleResult {
  readonly replications: number;
  /** IED encounters per replication (identical in both scenarios). */
  readonly encounters: readonly number[];
  /** Metrics compared per replication. */
  readonly metricsCompared: number;
}

/**
 * The scenario with every length on routes multiplied by `factor`: each route's `lengthKm` (or
 * its `roadFactor`), its convoy speed, and the IED prior's pseudo-exposure in convoy-km.
 */
export function withRoutesScaled(scenario: Scenario, factor: number): Scenario {
  const note = (v: number) => ({
    value: v,
    source: { kind: 'assumption' as const, rationale: `scaled ×${factor} (scale invariance)` },
  });
  return variant(scenario, (d) => {
    for (const r of d.mission.routes) {
      if (r.lengthKm !== undefined) r.lengthKm = note(r.lengthKm.value * factor);
      if (r.roadFactor !== undefined) r.roadFactor = note(r.roadFactor.value * factor);
      r.convoySpeedKmh = note(r.convoySpeedKmh.value * factor);
    }
    d.parameters.ied.ratePriorExposureKm = note(
      d.parameters.ied.ratePriorExposureKm.value * factor,
    );
  });
}

/**
 * Checks scale invariance of the IED threat. The encounter rate λ is per convoy-km and its
 * gamma posterior re-normalises by the exposure the routes produced in the letter's period: if
 * every route is `factor` times longer (and convoys `factor` times faster, and the prior's
 * pseudo-exposure is in the same unit), the posterior λ is `factor` times smaller, the expected
 * devices per convoy λ·L are unchanged, and so are convoy timings. The model therefore gives
 * **identical** replications, except the convoy-km tallies (× factor) and the drawn rate
 * (÷ factor). With a power-of-two factor every product is exact in floating point, so the
 * check is equality, per replication, of every other scalar (encounters, detonations,
 * casualties, response times…), every series and every histogram.
 *
 * (Scaling lengths alone does NOT leave encounters unchanged: a longer route takes longer to
 * drive, so convoys overlap more and the timing of detonations shifts.)
 *
 * @throws {@link InvariantError} naming the replication and the first metric that differs
 * @throws {@link index!InvalidArgumentError} if `factor` is not a power of two ≥ 2
 */
export function checkRouteScaleInvariance(scenario: Scenario, options: ScaleOptions): ScaleResult {
  const factor = options.factor ?? 2;
  if (!(factor >= 2) || !Number.isInteger(Math.log2(factor))) {
    throw new InvalidArgumentError('factor', 'a power of two >= 2', factor);
  }
  const scaled = withRoutesScaled(scenario, factor);
  const encounters: number[] = [];
  let metricsCompared = 0;
  for (let r = 0; r < options.replications; r++) {
    const a = simulateMission(scenario, { seed: options.seed, replication: r });
    const b = simulateMission(scaled, { seed: options.seed, replication: r });
    const fail = (what: string): never => {
      throw new InvariantError(
        'route scale invariance',
        `scaling routes ×${factor} changed ${what} in replication ${r} of scenario '${scenario.name}' (seed ${JSON.stringify(options.seed)})`,
        { replication: r, seed: options.seed, factor },
      );
    };
    for (const [k, va] of Object.entries(a.scalars)) {
      const vb = b.scalars[k];
      if (vb === undefined) fail(`the metrics reported (${k} missing)`);
      const expected = k.startsWith('ied.convoyKm')
        ? va * factor
        : k === 'ied.ratePer1000ConvoyKm'
          ? va / factor
          : va;
      if (!Object.is(vb, expected)) fail(`${k}: ${va} → ${String(vb)} (expected ${expected})`);
      metricsCompared++;
    }
    if (JSON.stringify(a.series) !== JSON.stringify(b.series)) fail('a daily series');
    if (JSON.stringify(a.histograms) !== JSON.stringify(b.histograms)) fail('a histogram');
    encounters.push(a.scalars['ied.encounters'] ?? Number.NaN);
  }
  return { replications: options.replications, encounters, metricsCompared };
}
