/**
 * Argument fuzzing: random command lines, parsed and checked in-process (`dryRun`: scenarios
 * are resolved and flags validated, but nothing is simulated or written). The CLI must only
 * ever end through its typed paths: exit 0 (a command or help/version), 1 (usage) or 2
 * (invalid scenario), with a short message and no stack trace, and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const commands = [
  'run',
  'compare',
  'sweep',
  'sensitivity',
  'list',
  'validate',
  'schema',
  'assumptions',
  'merge',
  'help',
];
const flags = [
  '--seed',
  '-s',
  '--replications',
  '-n',
  '--workers',
  '-w',
  '--horizon-days',
  '--format',
  '-f',
  '--out',
  '-o',
  '--quiet',
  '-q',
  '--debug',
  '--against',
  '-a',
  '--shard',
  '--param',
  '-p',
  '--metric',
  '-m',
  '--allow-partial',
  '--no-charts',
  '--help',
  '-h',
  '--version',
  '-V',
  '--',
  '-',
  '--seed=',
  '--format=json',
  '-n0',
  '-xyz',
];
const values = [
  'baseline-2020',
  'adaptation-plan',
  'minusma-2020',
  'no-such-scenario',
  'scenarios/transition-18m.ts',
  'scenarios/index.ts',
  'package.json',
  'schema/scenario.schema.json',
  'missing.json',
  'dir/missing.ts',
  '0',
  '1',
  '-1',
  '2.5',
  '1e3',
  '99999999999999999999',
  'NaN',
  '',
  ' ',
  '0/1',
  '1/2',
  '2/2',
  '-1/2',
  'a/b',
  'table',
  'md',
  'json',
  'csv',
  'html',
  'pdf',
  'out/x.html',
  'parameters.aviation.mtbfDays=7,14',
  'parameters.aviation.mtbfDays=7:14',
  'parameters.nope=1',
  'horizonDays=30',
  'horizonDays=x',
  '=',
  'x=',
  'casevac.surgeryWithinTarget.share',
  'constructor',
  '__proto__',
  'toString',
  'é',
  '\u0000',
  '"quoted"',
];
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...commands) },
  { weight: 4, arbitrary: fc.constantFrom(...flags) },
  { weight: 4, arbitrary: fc.constantFrom(...values) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);
// Mostly a command first, then anything.
const argv = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...commands), fc.array(token, { maxLength: 8 }))
      .map(([c, rest]) => [c, ...rest]),
  },
  { weight: 1, arbitrary: fc.array(token, { maxLength: 8 }) },
);

describe('CLI argument fuzzing', () => {
  it('ends every random command line with exit 0, 1 or 2 and a short message', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const r = await cli(args, { dryRun: true });
        seen.set(r.code ?? -1, (seen.get(r.code ?? -1) ?? 0) + 1);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toContain('internal error');
        if (!args.includes('--debug')) expect(r.stderr).not.toMatch(/\n\s+at /);
        if (r.code !== 0) expect(r.stderr.length).toBeGreaterThan(0);
      }),
      {
        seed: Number(process.env.CLI_FUZZ_SEED ?? 20201223),
        numRuns: Number(process.env.CLI_FUZZ_RUNS ?? 300),
      },
    );
    // The generator reaches all three outcomes.
    expect([...seen.keys()].sort()).toEqual([0, 1, 2]);
  });
});
