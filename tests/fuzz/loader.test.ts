import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScenarioLoadError } from '../../src/errors.js';
import { loadScenario, validateScenario } from '../../src/scenario/index.js';
import { parseScenarioJson } from '../../src/scenario/load.js';
import {
  baseTrees,
  FUZZ_SEED,
  isTypedError,
  MAX_MS_PER_INPUT,
  mutate,
  mutation,
  runsFor,
  Stopwatch,
  warmUp,
} from './_fuzz.js';

const reports: string[] = [];
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pks-fuzz-'));
  await mkdir(join(dir, 'a-directory.json'));
});
afterAll(async () => {
  console.log(reports.join('\n'));
  await rm(dir, { recursive: true, force: true });
});

const trees = baseTrees(false);
warmUp(trees);
const validTexts = trees.map((t) => JSON.stringify(t, null, 2));

/** JSON-ish text: valid scenarios cut, spliced and corrupted, random JSON, random strings. */
const text = fc.oneof(
  fc.json({ depthSize: 'small' }),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '',
    '\uFEFF',
    '{',
    '[',
    '"',
    '{"a":}',
    '1e999',
    '-0',
    '[1,]',
    '{"schemaVersion":1,}',
    '['.repeat(20_000),
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `"${'x'.repeat(200_000)}"`,
    `{"name":"${'\\u0000'.repeat(1000)}"}`,
  ),
  fc
    .record({
      which: fc.nat(),
      cut: fc.nat(),
      insert: fc.string({ maxLength: 8 }),
      drop: fc.nat({ max: 20 }),
    })
    .map(({ which, cut, insert, drop }) => {
      const t = validTexts[which % validTexts.length] as string;
      const at = cut % (t.length + 1);
      return t.slice(0, at) + insert + t.slice(at + drop);
    }),
  fc
    .record({
      which: fc.nat(),
      ms: fc.array(mutation, { minLength: 1, maxLength: 3 }),
      bom: fc.boolean(),
    })
    .map(({ which, ms, bom }) => {
      const body = JSON.stringify(mutate(trees[which % trees.length], ms)) ?? 'undefined';
      return bom ? `\uFEFF${body}` : body;
    }),
);

describe('fuzz: parseScenarioJson + validateScenario', () => {
  it('any text gives a scenario, a ScenarioLoadError or a ScenarioValidationError, within the time bound', () => {
    const clock = new Stopwatch();
    const seen = { loadErrors: 0, validationErrors: 0, valid: 0 };
    fc.assert(
      fc.property(text, (t) => {
        clock.time(() => {
          try {
            validateScenario(parseScenarioJson(t, 'fuzz.json'), 'fuzz.json');
            seen.valid++;
          } catch (error) {
            if (!isTypedError(error)) throw error;
            if (error instanceof ScenarioLoadError) {
              seen.loadErrors++;
              expect(error.message).toMatch(/^fuzz\.json: invalid JSON at line \d+, column \d+/);
            } else seen.validationErrors++;
          }
        });
      }),
      { numRuns: runsFor(0.3), seed: FUZZ_SEED + 3 },
    );
    reports.push(
      `${clock.report('loader, parseScenarioJson')} (${seen.valid} valid, ${seen.loadErrors} load errors, ${seen.validationErrors} validation errors)`,
    );
    expect(clock.max).toBeLessThan(MAX_MS_PER_INPUT);
  });
});

describe('fuzz: loadScenario on temporary files', () => {
  it('loadScenario(file) gives a scenario or a typed error for any .json content, extension or path', async () => {
    const clock = new Stopwatch();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.constantFrom('.json', '.json', '.json', '.JSON', '.txt', '.yaml', ''),
        fc.constantFrom('file', 'file', 'file', 'missing', 'directory'),
        async (content, ext, kind) => {
          const file =
            kind === 'directory' ? join(dir, 'a-directory.json') : join(dir, `input-${n++}${ext}`);
          if (kind === 'file') await writeFile(file, content, 'utf8');
          await clock.timeAsync(async () => {
            try {
              await loadScenario(file);
            } catch (error) {
              if (!isTypedError(error)) throw error;
            }
          });
          if (kind === 'file') await rm(file, { force: true });
        },
      ),
      { numRuns: runsFor(0.15), seed: FUZZ_SEED + 4 },
    );
    reports.push(clock.report('loader, loadScenario on files'));
    expect(clock.max).toBeLessThan(MAX_MS_PER_INPUT);
  });
});
