import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  assertValidatorContract,
  baseTrees,
  FUZZ_SEED,
  MAX_MS_PER_INPUT,
  mutate,
  mutation,
  runsFor,
  Stopwatch,
  warmUp,
} from './_fuzz.js';

const reports: string[] = [];
afterAll(() => {
  console.log(reports.join('\n'));
});

describe('fuzz: validateScenario / checkScenario', () => {
  it('random values (fc.anything, fc.json) give a ScenarioValidationError, never another exception', () => {
    const clock = new Stopwatch();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ maxDepth: 4 }),
          fc.json({ depthSize: 'small' }).map((t) => JSON.parse(t) as unknown),
        ),
        (input) => {
          expect(clock.time(() => assertValidatorContract(input))).toBe('invalid');
        },
      ),
      { numRuns: runsFor(0.25), seed: FUZZ_SEED },
    );
    reports.push(clock.report('validator, random values'));
    expect(clock.max).toBeLessThan(MAX_MS_PER_INPUT);
  });

  const small = baseTrees(false);
  warmUp(small);
  it('mutated generated scenarios are valid or give a ScenarioValidationError, within the time bound', () => {
    const clock = new Stopwatch();
    let valid = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, ms) => {
        const input = mutate(small[which % small.length], ms);
        if (clock.time(() => assertValidatorContract(input)) === 'valid') valid++;
      }),
      { numRuns: runsFor(0.25), seed: FUZZ_SEED + 1 },
    );
    reports.push(
      `${clock.report('validator, mutated generated scenarios')} (${valid} still valid)`,
    );
    expect(clock.max).toBeLessThan(MAX_MS_PER_INPUT);
  });

  const full = baseTrees(true).slice(-1);
  warmUp(full);
  it('mutated minusma2020 is valid or gives a ScenarioValidationError, within the time bound', () => {
    const clock = new Stopwatch();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        clock.time(() => assertValidatorContract(mutate(full[0], ms)));
      }),
      { numRuns: runsFor(0.05), seed: FUZZ_SEED + 2 },
    );
    reports.push(clock.report('validator, mutated minusma2020'));
    expect(clock.max).toBeLessThan(MAX_MS_PER_INPUT);
  });
});
