/**
 * A run shorter than the letter's period gives no verdict against the letter's figures: it says
 * they are not comparable. Texts derived from the horizon are computed from the horizon that
 * ran ("Horizon to …", "1 day").
 */
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../scenarios/index.js';
import type { ExperimentResult } from '../../src/experiment/types.js';
import { runExperiment, variant } from '../../src/index.js';
import { coverage } from '../../src/report/findings.js';
import { renderRun } from '../../src/report/index.js';
import { daysText, describeHorizon } from '../../src/report/sections.js';

/** A result whose only meaningful part is its scenario's start and horizon. */
function ran(startDate: string, horizonDays: number): ExperimentResult {
  return { meta: { scenario: { startDate, horizonDays } } } as unknown as ExperimentResult;
}

describe('coverage(result, from, to?)', () => {
  it('coverage(r, periodStart, periodEnd) is undefined only when the run covers the whole period', () => {
    // The letter's IED period: 2020-07-01 to 2020-12-23 (175 days), end exclusive.
    expect(coverage(ran('2020-07-01', 175), '2020-07-01', '2020-12-23')).toBeUndefined();
    expect(coverage(ran('2020-07-01', 549), '2020-07-01', '2020-12-23')).toBeUndefined();
    expect(coverage(ran('2020-07-01', 174), '2020-07-01', '2020-12-23')).toBe(
      'not comparable: the run ends before the letter’s period ends',
    );
    expect(coverage(ran('2020-07-01', 1), '2020-07-01', '2020-12-23')).toBe(
      'not comparable: the run ends before the letter’s period ends',
    );
    expect(coverage(ran('2020-08-01', 549), '2020-07-01', '2020-12-23')).toBe(
      'not comparable: the run starts after the letter’s period begins',
    );
  });

  it('coverage(r, date) needs the run to include that day', () => {
    expect(coverage(ran('2020-07-01', 176), '2020-12-23')).toBeUndefined();
    expect(coverage(ran('2020-07-01', 175), '2020-12-23')).toBe(
      'not comparable: the run ends before the letter’s date',
    );
  });
});

describe('texts derived from the horizon', () => {
  it('daysText(n) and describeHorizon(description, start, days)', () => {
    expect(daysText(1)).toBe('1 day');
    expect(daysText(549)).toBe('549 days');
    const text = 'Starts on 1 July 2020. Horizon to 31 December 2021.';
    expect(describeHorizon(text, '2020-07-01', 549)).toBe(text);
    expect(describeHorizon(text, '2020-07-01', 1)).toBe(
      'Starts on 1 July 2020. Horizon to 1 July 2020.',
    );
    expect(describeHorizon('No horizon stated.', '2020-07-01', 1)).toBe('No horizon stated.');
  });

  it('a one-day run of the baseline gives no verdict against the letter and no stale horizon', async () => {
    const oneDay = variant(builtInScenarios['baseline-2020']!, (d) => {
      d.horizonDays = 1;
    });
    const result = await runExperiment(oneDay, { replications: 2, seed: 1 });
    for (const format of ['table', 'md'] as const) {
      const text = renderRun(result, format, { detail: true }).replace(/\s+/g, ' ');
      expect(text).not.toContain('outside: model lower');
      expect(text).not.toContain('outside: model higher');
      expect(text).toContain('not comparable: the run ends before the letter’s period ends');
      expect(text).toContain('not comparable: the run ends before the letter’s date');
      expect(text).toContain('(1 day)');
      expect(text).not.toContain('(1 days)');
      expect(text).toContain('Horizon to 1 July 2020.');
      expect(text).not.toContain('Horizon to 31 December 2021');
    }
    const html = renderRun(result, 'html');
    expect(html).toContain('not comparable: the run ends before the letter’s period ends');
    expect(html).toContain('(1 day from 2020-07-01)');
  });
});
