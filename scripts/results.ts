/**
 * Computes the figures of the README's "What the model says": the paired comparisons of the
 * built-in scenarios, what each plan step buys, the response by area, and the sensitivity to the
 * helicopter unit's date. Prints Markdown.
 *
 *   npx tsx scripts/results.ts [replications=200] [seed=2020] [workers=2]
 *
 * Every figure is a mean over replications with its 95 % interval; differences are paired under
 * common random numbers (both scenarios run the same replications with the same streams).
 */
import { builtInScenarios } from '../scenarios/index.js';
import { minusma2020 } from '../src/data/index.js';
import {
  type Comparison,
  compare,
  planStepEffects,
  runExperiment,
} from '../src/experiment/index.js';
import { type Scenario, variant } from '../src/index.js';

const replications = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 2020);
const workers = Number(process.argv[4] ?? 2);
const exec = { replications, seed, workers };

const named = (name: string): Scenario => {
  const s = builtInScenarios[name];
  if (s === undefined) throw new Error(`no built-in scenario ${name}`);
  return s;
};

/** Significant digits: 3, trailing zeros of decimals dropped. */
function num(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  const d = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return x.toFixed(Math.min(d, digits)).replace('-', '−');
}

/** "+1.2 [1.0, 1.4]" or "no change" when the interval contains 0; shares in percentage points. */
function diff(c: Comparison, metric: string, scale = 1): string {
  const m = c.scalars[metric];
  if (m === undefined) return '—';
  if (m.diffCiLow <= 0 && m.diffCiHigh >= 0) return 'no change';
  const sign = m.diffMean > 0 ? '+' : '';
  return `${sign}${num(m.diffMean * scale)} [${num(m.diffCiLow * scale)}, ${num(m.diffCiHigh * scale)}]`;
}

const COLUMNS: readonly [string, string, number][] = [
  ['fleet readiness, time average (pp)', 'fleet.readiness.mean', 100],
  ['casualties in surgery within 2 h (pp)', 'casevac.surgeryWithinTarget.share', 100],
  ['median time to surgery (min)', 'casevac.toSurgery.p50Min', 1],
  ['median response to threats against civilians (min)', 'response.time.p50Min', 1],
  ['threats unanswered (pp)', 'response.unanswered.share', 100],
  ['peacekeepers wounded by IEDs', 'ied.casualties', 1],
];

const PAIRS: readonly [string, string][] = [
  ['baseline-2020', 'adaptation-plan'],
  ['adaptation-plan', 'helicopter-gap-closed'],
  ['adaptation-plan', 'mopti-delay-12m'],
  ['adaptation-plan', 'counter-ied-toolbox'],
  ['adaptation-plan', 'pledge-fails'],
  ['adaptation-plan', 'rotations-suspended-again'],
];

async function comparisons(): Promise<void> {
  console.log(`| change (A → B) | ${COLUMNS.map((c) => c[0]).join(' | ')} |`);
  console.log(`|---|${COLUMNS.map(() => '---').join('|')}|`);
  let baseline: Comparison | undefined;
  for (const [a, b] of PAIRS) {
    const c = await compare(named(a), named(b), exec);
    baseline ??= c;
    console.log(
      `| \`${a}\` → \`${b}\` | ${COLUMNS.map(([, m, k]) => diff(c, m, k)).join(' | ')} |`,
    );
  }
  const base = (baseline as Comparison).a.scalars;
  const mean = (m: string) => base[m]?.mean ?? Number.NaN;
  console.log(
    `\nUnder \`baseline-2020\`: readiness ${num(100 * mean('fleet.readiness.mean'))} %, ` +
      `${num(100 * mean('casevac.surgeryWithinTarget.share'))} % in surgery within 2 h ` +
      `(median ${num(mean('casevac.toSurgery.p50Min'))} min), ` +
      `${num(100 * mean('casevac.compliant.share'))} % meeting all of 10-1-2 ` +
      `(${num(100 * mean('casevac.compliant.share.hours.day'))} % by day, ` +
      `${num(100 * mean('casevac.compliant.share.hours.night'))} % at night), ` +
      `${num(mean('casevac.casualties'))} casualties (${num(mean('casevac.massCasualtyEvents'))} mass-casualty events, ` +
      `largest ${num(mean('casevac.largestEvent'))} on average), ` +
      `median response ${num(mean('response.time.p50Min'))} min, 90th percentile ${num(mean('response.time.p90Min'))} min, ` +
      `${num(100 * mean('response.unanswered.share'))} % of threats unanswered.`,
  );
}

async function byArea(): Promise<void> {
  const s = named('adaptation-plan');
  const r = await runExperiment(s, exec);
  console.log(
    '\n| area | threats a month | median response (min) | unanswered | source of the rate |',
  );
  console.log('|---|---|---|---|---|');
  const months = s.horizonDays / (365.25 / 12);
  for (const a of s.mission.incidentAreas) {
    const m = (k: string) => r.scalars[k]?.mean ?? Number.NaN;
    console.log(
      `| ${a.name} | ${num(m(`response.threats.area.${a.id}`) / months)} | ${num(m(`response.time.p50Min.area.${a.id}`))} | ${num(100 * m(`response.unanswered.share.area.${a.id}`))} % | ${a.threatsPerMonth.source.kind} |`,
    );
  }
}

async function stepEffects(): Promise<void> {
  const effects = await planStepEffects(minusma2020, {
    replications: Math.min(replications, 60),
    seed,
    workers,
  });
  console.log('\n| step | what it changes (with − without the step, paired) | source |');
  console.log('|---|---|---|');
  for (const e of effects) {
    const step = minusma2020.plan.find((s) => s.id === e.step);
    const shown = e.effects.slice(0, 2).map((x) => {
      const pct = x.info?.unit === 'share' ? 100 : 1;
      const unit = x.info?.unit === 'share' ? ' pp' : x.info?.unit === 'min' ? ' min' : '';
      const sign = x.diffMean > 0 ? '+' : '';
      return `${x.info?.label ?? x.metric} ${sign}${num(x.diffMean * pct)}${unit} [${num(x.diffCiLow * pct)}, ${num(x.diffCiHigh * pct)}]`;
    });
    const what =
      e.recordOnly !== undefined
        ? `record only: ${e.recordOnly}`
        : `${shown.join('; ')}${e.effects.length > 2 ? ` (${e.effects.length} outcome metrics moved)` : ''}`;
    const together = e.removedWith.length > 0 ? ` (with ${e.removedWith.join(', ')})` : '';
    console.log(`| ${step?.title ?? e.step}${together} | ${what} | ${step?.source.kind ?? ''} |`);
  }
}

async function helicopterDate(): Promise<void> {
  const firm = (date: string) =>
    variant(named('adaptation-plan'), (d) => {
      const step = d.plan.find((s) => s.id === 'mopti-helicopter-unit');
      if (step === undefined || step.action.kind !== 'pledge-unit') throw new Error('no pledge');
      step.action = { kind: 'deploy-unit', unit: step.action.unit };
      step.date = date;
      delete step.after;
      delete step.afterLeadDays;
      d.plan.push({
        id: 'mopti-room',
        title: 'Room at Mopti for the helicopter unit',
        date,
        status: 'planned',
        source: { kind: 'assumption', rationale: 'sensitivity of the helicopter unit’s date' },
        action: {
          kind: 'expand-camp',
          place: 'mopti',
          accommodation: { value: 130, source: { kind: 'assumption', rationale: 'its personnel' } },
          aprons: { value: 5, source: { kind: 'assumption', rationale: 'its helicopters' } },
        },
      });
    });
  console.log(
    '\n| Mopti helicopter unit | casualties in surgery within 2 h (pp) | military helicopter-months short | median response (min) |',
  );
  console.log('|---|---|---|---|');
  for (const [label, date] of [
    ['firm, October 2021 (against the pledge)', '2021-10-01'],
    ['firm, January 2023 (S/2021/657: after the horizon)', '2023-01-01'],
  ] as const) {
    const c = await compare(named('adaptation-plan'), firm(date), exec);
    console.log(
      `| ${label} | ${diff(c, 'casevac.surgeryWithinTarget.share', 100)} | ${diff(c, 'rotations.gap.helicopterMonths')} | ${diff(c, 'response.time.p50Min')} |`,
    );
  }
}

console.log(`<!-- scripts/results.ts ${replications} replications, seed ${seed} -->`);
await comparisons();
await byArea();
await stepEffects();
await helicopterDate();
