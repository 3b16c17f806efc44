import { describe, expect, it } from 'vitest';
import {
  type DistributionEntry,
  distributionTable,
  type ParameterEntries,
  parameterDomains,
} from '../../src/random/distributions-table.js';

const table = distributionTable as unknown as Readonly<
  Record<string, DistributionEntry<ParameterEntries>>
>;
const entries = Object.entries(table);

describe('distributionTable', () => {
  it('distributionTable and its entries are frozen', () => {
    expect(Object.isFrozen(distributionTable)).toBe(true);
    for (const [, entry] of entries) expect(Object.isFrozen(entry)).toBe(true);
  });

  it.each(entries)('%s has a one-line description and documents every parameter', (_, entry) => {
    const oneLine = /^[^\n]+\.$/;
    expect(entry.description).toMatch(oneLine);
    expect(Object.keys(entry.parameters).length).toBeGreaterThan(0);
    for (const parameter of Object.values(entry.parameters)) {
      expect(parameter.description).toMatch(oneLine);
      expect(Object.keys(parameterDomains)).toContain(parameter.domain);
    }
  });

  it.each(entries)('%s: relations and support bounds name its own parameters', (_, entry) => {
    const names = Object.keys(entry.parameters);
    for (const relation of entry.relations) expect(names).toContain(relation.parameter);
    for (const bound of [entry.support.lower, entry.support.upper]) {
      if (typeof bound === 'string') expect(names).toContain(bound);
      else expect(Number.isNaN(bound)).toBe(false);
    }
  });

  it.each(entries)(
    '%s names a non-negative alternative iff its lower bound is a negative constant',
    (_, entry) => {
      const { lower } = entry.support;
      const signed = typeof lower === 'number' && lower < 0;
      expect(entry.nonNegativeAlternative !== undefined).toBe(signed);
      for (const alternative of entry.nonNegativeAlternative?.split(' or ') ?? []) {
        const other = table[alternative];
        expect(other, alternative).toBeDefined();
        const otherLower = other?.support.lower;
        expect(typeof otherLower === 'string' || (otherLower ?? -1) >= 0).toBe(true);
      }
    },
  );
});

describe('parameterDomains', () => {
  // A hole in an array is a missing value.
  const sparse: number[] = [];
  sparse[1] = 1;

  it.each([
    ['finite', [0, -0, -3.5, Number.MAX_VALUE], [Number.NaN, Number.POSITIVE_INFINITY, '1', null]],
    ['positive', [Number.MIN_VALUE, 2], [0, -0, -1, Number.POSITIVE_INFINITY, Number.NaN]],
    ['nonNegative', [0, -0, 2], [-Number.MIN_VALUE, Number.POSITIVE_INFINITY, Number.NaN]],
    ['values', [[0], [-1, 2.5]], [[], [1, Number.NaN], [1, null], 3, '1', sparse]],
  ] as const)('parameterDomains.%s accepts what it says', (domain, good, bad) => {
    const rule = parameterDomains[domain];
    for (const x of good) expect(rule.accepts(x), String(x)).toBe(true);
    for (const x of bad) expect(rule.accepts(x), String(x)).toBe(false);
  });
});
