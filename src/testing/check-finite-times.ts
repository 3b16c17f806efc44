/**
 * Invariant: the times a replication records are finite, non-negative and defined where they
 * should be.
 *
 * @module
 */
import type { ReplicationRecord } from '../dynamics/record.js';
import { InvariantError } from './invariant-error.js';

/** What {@link checkFiniteTimes} checked. */
export interface FiniteTimesResult {
  /** Time scalars checked (names ending in `Min`, `Hours` or `Days`, or with that segment). */
  readonly timeScalars: number;
  /** Histograms checked. */
  readonly histograms: number;
  readonly casualties: number;
  readonly responses: number;
}

const TIME = /(Min|Hours|Days)(\.|$)/;

/**
 * Checks one replication record:
 * - no scalar is ±Infinity; every time scalar (`…Min`, `…Hours`, `…Days`) is NaN or finite ≥ 0;
 *   every share (`….share`) is NaN or in [0, 1];
 * - times are defined where they must be: with at least one casualty, the median time to
 *   surgery and the 10-1-2 shares are finite; with at least one response, the response-time
 *   median, 90th percentile and mean are finite;
 * - every histogram has a positive bin width and non-negative integer counts, and the
 *   casualty and response histograms hold exactly one sample per casualty and per response;
 * - every daily series holds non-negative integers.
 *
 * @throws {@link InvariantError} naming the metric and its value
 */
export function checkFiniteTimes(record: ReplicationRecord): FiniteTimesResult {
  const fail = (what: string, details: Record<string, unknown> = {}): never => {
    throw new InvariantError('finite times', `replication ${record.replication}: ${what}`, {
      replication: record.replication,
      ...details,
    });
  };
  const s = record.scalars;
  let timeScalars = 0;
  for (const [k, v] of Object.entries(s)) {
    if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY)
      fail(`scalar ${k} is ${v}`);
    if (TIME.test(k)) {
      timeScalars++;
      if (!Number.isNaN(v) && v < 0) fail(`time ${k} is negative (${v})`, { metric: k, value: v });
    }
    if (k.endsWith('.share') && !Number.isNaN(v) && (v < 0 || v > 1)) {
      fail(`share ${k} is outside [0, 1] (${v})`, { metric: k, value: v });
    }
  }
  const casualties = s['casevac.casualties'] ?? 0;
  const responses = s['response.responses'] ?? 0;
  const mustBeDefined = (k: string, why: string) => {
    const v = s[k];
    if (v === undefined || !Number.isFinite(v))
      fail(`${k} is ${String(v)} although ${why}`, { metric: k, value: v });
  };
  if (casualties > 0) {
    for (const k of [
      'casevac.toSurgery.p50Min',
      'casevac.surgeryWithinTarget.share',
      'casevac.firstAidWithinTarget.share',
      'casevac.resuscitationWithinTarget.share',
    ]) {
      mustBeDefined(k, `${casualties} casualties were evacuated`);
    }
  }
  if (responses > 0) {
    for (const k of ['response.time.p50Min', 'response.time.p90Min', 'response.time.meanMin']) {
      mustBeDefined(k, `${responses} responses were made`);
    }
  }
  let histograms = 0;
  for (const [k, h] of Object.entries(record.histograms)) {
    histograms++;
    if (!(h.binWidth > 0)) fail(`histogram ${k} has bin width ${h.binWidth}`);
    let total = 0;
    for (const c of h.counts) {
      if (!Number.isInteger(c) || c < 0) fail(`histogram ${k} has a count ${c}`);
      total += c;
    }
    const expected =
      k === 'casevac.toSurgery' || k === 'casevac.toFirstAid' || k === 'casevac.toResuscitation'
        ? casualties
        : k === 'response.time'
          ? responses
          : undefined;
    if (expected !== undefined && total !== expected) {
      fail(`histogram ${k} holds ${total} samples, expected ${expected}`, { metric: k });
    }
  }
  for (const [k, series] of Object.entries(record.series)) {
    const bad = series.findIndex((v) => !Number.isInteger(v) || v < 0);
    if (bad >= 0)
      fail(`series ${k} has value ${series[bad]} on day ${bad}`, { metric: k, day: bad });
  }
  return { timeScalars, histograms, casualties, responses };
}
