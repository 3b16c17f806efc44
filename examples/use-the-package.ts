/**
 * Use the library as an installed package: every import is by the package name,
 * `peacekeeping-sim`, as in your own project after `npm install peacekeeping-sim`.
 *
 * Shows the everyday steps: take the embedded MINUSMA 2020 scenario, make a what-if variant
 * with `setValue()` and `variant()` (the result is validated and deep-frozen), run both with the
 * same seed, read means with their 95 % intervals, and list the assumptions behind them.
 *
 * Run, from this repository: `npx tsx examples/use-the-package.ts` (a few seconds;
 * REPLICATIONS=200 for tighter intervals). Here the package name resolves to the sources through
 * `tsconfig.json`'s `paths` (and, for the test, to the built `dist/` through the package's own
 * `exports`); in your own project it resolves to the installed package.
 */
import { pathToFileURL } from 'node:url';
import {
  listAssumptions,
  minusma2020,
  runExperiment,
  type ScalarSummary,
  setValue,
  validateScenario,
  variant,
} from 'peacekeeping-sim';

/** Options of {@link main}. */
export interface UseThePackageOptions {
  readonly replications?: number;
  readonly horizonDays?: number;
  readonly seed?: number | string;
  readonly log?: (line: string) => void;
}

/** Runs the embedded scenario and a variant with slower convoys; prints key metrics. */
export async function main(options: UseThePackageOptions = {}) {
  const log = options.log ?? console.log;
  const replications = options.replications ?? Number(process.env.REPLICATIONS ?? 30);
  const seed = options.seed ?? 2020;
  const h = options.horizonDays;
  const base =
    h === undefined ? minusma2020 : variant(minusma2020, (d) => void (d.horizonDays = h));

  // A what-if: helicopters break down twice as often (mean time between failures 14 → 7 days).
  // setValue records the change as a stated assumption; variant() allows any other edit.
  const fragile = variant(
    setValue(base, 'aviation.mtbfDays', 7, 'use-the-package example'),
    () => undefined,
    {
      name: 'fragile-helicopters',
      title: 'Helicopters fail twice as often',
    },
  );
  // Scenarios from elsewhere (a file, a web form) go through the same validation.
  validateScenario(JSON.parse(JSON.stringify(fragile)), 'a JSON round trip');

  const fmt = (s: ScalarSummary | undefined, k = 1) =>
    s === undefined
      ? '–'
      : `${(s.mean * k).toFixed(1)} [${(s.ciLow * k).toFixed(1)}, ${(s.ciHigh * k).toFixed(1)}]`;
  const results = [];
  for (const scenario of [base, fragile]) {
    const r = await runExperiment(scenario, { replications, seed });
    results.push(r);
    log(`${scenario.name}: ${replications} replications, seed ${String(seed)}`);
    log(`  fleet readiness, %            ${fmt(r.scalars['fleet.readiness.mean'], 100)}`);
    log(
      `  in surgery within 2 h, %      ${fmt(r.scalars['casevac.surgeryWithinTarget.share'], 100)}`,
    );
    log(`  responses by air, %           ${fmt(r.scalars['response.byAir.share'], 100)}`);
    log(
      `  logistics flights refused     ${fmt(r.scalars['aviation.tasksRefused.task.logistics'])}`,
    );
  }
  const assumptions = listAssumptions(fragile);
  const changed = assumptions.find((a) => a.path.endsWith('aviation.mtbfDays'));
  log(
    `${assumptions.length} stated assumptions, among them ${changed?.path} = ${changed?.value}: ${changed?.rationale}`,
  );
  return results;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
