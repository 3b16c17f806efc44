/**
 * Computes the figures of the README's "What the model says": the paired comparisons of the
 * built-in scenarios, what each plan step buys, the response by area, and the sensitivity to the
 * helicopter unit's date. Prints Markdown.
 *
 *   npx tsx scripts/results.ts [replications=200] [seed=2020] [workers=2] [section…]
 *
 * Sections: comparisons, byArea, stepEffects, helicopterDate, rotations, escorts (default: all).
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
import { monthlyMeans } from '../src/report/index.js';

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

const ROTATION_COLUMNS: readonly [string, string, number][] = [
  ['unit-days absent', 'rotations.unitDaysAbsent', 1],
  ['days above the military ceiling', 'rotations.ceiling.daysAbove.military', 1],
  ['share fit for duty (pp)', 'rotations.availableShare.mean', 100],
  ['military helicopter-months short', 'rotations.gap.helicopterMonths', 1],
  ['casualties meeting all of 10-1-2 (pp)', 'casevac.compliant.share', 100],
];

async function rotations(): Promise<void> {
  const plan = named('adaptation-plan');
  const r = await runExperiment(plan, exec);
  const m = (k: string) => r.scalars[k]?.mean ?? Number.NaN;
  const ceiling = plan.parameters.rotations.ceilings.military.value;
  const rows = ['2020-07', '2020-10', '2021-01', '2021-04', '2021-07', '2021-10', '2021-12'];
  console.log(
    '\n| month (`adaptation-plan`) | military deployed, mean | of the ceiling | military fit for duty |',
  );
  console.log('|---|---|---|---|');
  const available = r.series['rotations.available.military'];
  const fit = new Map(
    available === undefined
      ? []
      : monthlyMeans(available, plan.startDate).map((x) => [x.month, x.mean]),
  );
  for (const month of rows) {
    const use = m(`rotations.ceilingUse.military.month.${month}`);
    console.log(
      `| ${month} | ${num(use * ceiling)} | ${(100 * use).toFixed(1)} % | ${num(fit.get(month) ?? Number.NaN)} |`,
    );
  }
  console.log(
    `\nOver the horizon (\`adaptation-plan\`): ${num(m('rotations.ceiling.daysAbove.military'))} days above the military ceiling, ` +
      `${num(m('rotations.gap.helicopterMonths'))} military helicopter-months short, ` +
      `${num(m('rotations.gap.surgicalTeamMonths'))} surgical-team-months not operating, ` +
      `${num(m('rotations.unitDaysAbsent'))} unit-days absent.`,
  );
  const withoutSuspension = (s: Scenario) =>
    variant(s, (d) => {
      d.name = `${s.name}-without-2020-suspension`;
      d.parameters.rotations.pastSuspensions = [];
    });
  const withoutEcowas = (s: Scenario) =>
    variant(s, (d) => {
      d.name = `${s.name}-without-ecowas`;
      d.plan = d.plan.filter((x) => x.id !== 'ecowas-sanctions-rotations-hampered');
    });
  const base = named('baseline-2020');
  console.log(`\n| change (A → B), paired | ${ROTATION_COLUMNS.map((c) => c[0]).join(' | ')} |`);
  console.log(`|---|${ROTATION_COLUMNS.map(() => '---').join('|')}|`);
  for (const [label, a, b] of [
    ['the 2020 suspension (`baseline-2020` without it → with it)', withoutSuspension(base), base],
    ['the ECOWAS restriction (`baseline-2020` without → with)', withoutEcowas(base), base],
    ['`adaptation-plan` → `rotations-suspended-again`', plan, named('rotations-suspended-again')],
    ['`adaptation-plan` → `pledge-fails`', plan, named('pledge-fails')],
  ] as const) {
    const c = await compare(a, b, exec);
    console.log(`| ${label} | ${ROTATION_COLUMNS.map(([, k, f]) => diff(c, k, f)).join(' | ')} |`);
  }
}

/** What escort duty costs the status quo: `baseline-2020` without its escorted convoys → with them. */
async function escorts(): Promise<void> {
  const withDuty = named('baseline-2020');
  const withoutDuty = variant(withDuty, (d) => {
    const { escorts: _duty, ...rest } = d.parameters;
    d.parameters = rest;
  });
  const c = await compare(withoutDuty, withDuty, exec);
  const b = (m: string) => c.b.scalars[m]?.mean ?? Number.NaN;
  console.log(
    `\nEscort duty under \`baseline-2020\`: ${num(b('escorts.convoys'))} convoys, ` +
      `${num(b('escorts.cancelled'))} cancelled, ${num(b('escorts.unitDays'))} unit-days on escort ` +
      `(Gao–Kidal ${num(b('escorts.unitDays.route.gao-kidal'))}, Kidal–Tessalit ${num(b('escorts.unitDays.route.kidal-tessalit'))}, ` +
      `Gao–Ménaka ${num(b('escorts.unitDays.route.gao-menaka'))}).`,
  );
  console.log(`| change (A → B) | ${COLUMNS.map((col) => col[0]).join(' | ')} |`);
  console.log(`|---|${COLUMNS.map(() => '---').join('|')}|`);
  console.log(
    `| no escort duty → \`baseline-2020\` | ${COLUMNS.map(([, m, k]) => diff(c, m, k)).join(' | ')} |`,
  );
  for (const area of ['menaka-town', 'gao-circle', 'gao-labbezanga-axis']) {
    console.log(
      `  ${area}: median response ${diff(c, `response.time.p50Min.area.${area}`)} min, unanswered ${diff(c, `response.unanswered.share.area.${area}`, 100)} pp`,
    );
  }
}

const sections: Record<string, () => Promise<void>> = {
  comparisons,
  byArea,
  stepEffects,
  helicopterDate,
  rotations,
  escorts,
};
const only = process.argv.slice(5);
console.log(`<!-- scripts/results.ts ${replications} replications, seed ${seed} -->`);
for (const [name, section] of Object.entries(sections)) {
  if (only.length === 0 || only.includes(name)) await section();
}
