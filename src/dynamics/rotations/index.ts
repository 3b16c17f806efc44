/**
 * Force generation, rotations and COVID-19 quarantine: how much of the force is actually there,
 * day by day, by sector and kind, against the Security Council's ceilings.
 *
 * Every unit's contingent serves a tour (`tourDays`, or its own) and is then replaced, flight
 * after flight, by personnel who spend `quarantineDays` in quarantine on arrival (the letter's
 * « période de quarantaine de 14 jours »); the outgoing leave as their replacements land, or
 * `handoverOverlapDays` later. Rotation flights share the mission's airlift (an engine resource:
 * one departure slot, `flightsPerWeek`), which a `suspend-rotations` step closes and a
 * `restrict-rotations` step slows; units deployed by the plan or pledged fly in the same way. A
 * share of incoming personnel are COVID-19 cases, isolated with their contacts. Suspensions
 * before the start date (`pastSuspensions`) decide which contingents are overdue on it.
 *
 * What the force can do follows through the force's port: each unit's strength fit for duty, and
 * whether it is absent (below `minimumShareToTask` of its establishment), so responders in
 * quarantine do not respond, helicopter crews in quarantine do not fly and surgical teams in
 * quarantine do not operate.
 *
 * @module
 */
import { horizonMonths } from '../calendar.js';
import type { AnyAction, MetricContext } from '../capability.js';
import { defineCapability } from '../capability.js';
import { ForcePort } from '../force.js';
import {
  counter,
  type FamilyKey,
  family,
  type MetricDeclaration,
  type MetricText,
  series,
  value,
} from '../metrics.js';
import { pledgeUnit, restrictRotations, suspendRotations } from './actions.js';
import { type DayTotals, type PersonnelKind, RotationsDynamics } from './dynamics.js';
import { type RotationsParameters, rotationsParametersSchema } from './parameters.js';

export {
  type Cohort,
  type DayTotals,
  type PersonnelKind,
  type PledgeDraw,
  type RotatingUnit,
  RotationsDynamics,
} from './dynamics.js';
export {
  type Contingent,
  type PastSuspension,
  type RotationsParameters,
  rotationsParametersSchema,
} from './parameters.js';
export { type InitialTour, type InitialTourInput, initialTour } from './tours.js';

const GROUP = 'Force generation and rotations';
const BY_SECTOR = 'Strength by sector';
const GAPS = 'Capability gaps';
const CEILINGS = 'Strength against the ceilings';
const DAYS_PER_MONTH = 365.25 / 12;

/** Key of units based outside every sector (the headquarters in Bamako). */
export const OUTSIDE_SECTORS = 'outside';

const KINDS: readonly { id: PersonnelKind; name: string }[] = [
  { id: 'military', name: 'military' },
  { id: 'police', name: 'police' },
];

/** The capability-gap series: what is short, in what unit, and how its shortage adds up. */
export const GAP_SERIES = [
  {
    name: 'rotations.gap.militaryHelicopters',
    label: 'Military helicopters short of the requirement',
    unit: 'aircraft',
    description:
      'Helicopters the military component can task, present and crewed (crews in quarantine do not fly), short of parameters.rotations.requirements.militaryHelicopters, at the end of the day.',
  },
  {
    name: 'rotations.gap.surgicalTeams',
    label: 'Surgical teams not operating',
    unit: 'teams',
    description:
      'Surgical teams of the medical facilities whose staff are in quarantine, in isolation or not yet there, at the end of the day.',
  },
  {
    name: 'rotations.gap.responders',
    label: 'Military units able to protect civilians that are absent',
    unit: 'units',
    description:
      'Military units able to protect civilians with too few personnel fit for duty to be tasked, at the end of the day.',
  },
  {
    name: 'rotations.gap.formedPoliceUnits',
    label: 'Formed police units absent',
    unit: 'units',
    description:
      'Formed police units with too few personnel fit for duty to be tasked, at the end of the day.',
  },
] as const;

function text(t: Omit<MetricText, 'group'>, group = GROUP): MetricText {
  return { ...t, group };
}

/** The sector keys strength is reported by: the scenario's sectors, and outside them if any place is. */
function sectorKeys(ctx: MetricContext): FamilyKey[] {
  const m = ctx.scenario.mission;
  const keys: FamilyKey[] = m.sectors.map((s) => ({ id: s.id, name: s.name }));
  if (m.places.some((p) => p.sector === undefined)) {
    keys.push({ id: OUTSIDE_SECTORS, name: 'outside the sectors (headquarters)' });
  }
  return keys;
}

/** The plan steps that pledge a unit, and those of them that replace one. */
function pledgeSteps(ctx: MetricContext): { all: FamilyKey[]; replacing: FamilyKey[] } {
  const all: FamilyKey[] = [];
  const replacing: FamilyKey[] = [];
  for (const s of ctx.scenario.plan) {
    const a = s.action as AnyAction & { replaces?: string };
    if (a.kind !== 'pledge-unit') continue;
    all.push({ id: s.id, name: s.title });
    if (a.replaces !== undefined) replacing.push({ id: s.id, name: s.title });
  }
  return { all, replacing };
}

function declare(ctx: MetricContext): MetricDeclaration[] {
  const sectors = sectorKeys(ctx);
  const asOf = ctx.scenario.mission.armouredFleet.asOf;
  const pledges = pledgeSteps(ctx);
  const out: MetricDeclaration[] = [];
  for (const k of KINDS) {
    out.push(
      series(
        `rotations.deployed.${k.id}`,
        text(
          {
            label: `Deployed ${k.name} strength`,
            unit: 'personnel',
            better: null,
            description: `Uniformed ${k.name} personnel in the mission area at the end of the day (units, including those in quarantine or isolation, and individually deployed officers): what counts against the ceiling.`,
          },
          CEILINGS,
        ),
      ),
      series(
        `rotations.available.${k.id}`,
        text(
          {
            label: `Available ${k.name} strength`,
            unit: 'personnel',
            better: 'higher',
            description: `Uniformed ${k.name} personnel fit for duty in their posts at the end of the day (not in quarantine, isolation or transit), with individually deployed officers.`,
          },
          CEILINGS,
        ),
      ),
      counter(
        `rotations.ceiling.daysAbove.${k.id}`,
        text(
          {
            label: `Days above the ${k.name} ceiling`,
            unit: 'days',
            better: 'lower',
            description: `Days whose deployed ${k.name} strength exceeds the Council's ceiling (parameters.rotations.ceilings.${k.id}); a plan may do so, and the run flags it.`,
          },
          CEILINGS,
        ),
      ),
      value(
        `rotations.ceiling.peakUse.${k.id}`,
        text(
          {
            label: `Peak use of the ${k.name} ceiling`,
            unit: 'share',
            better: null,
            description: `Highest daily deployed ${k.name} strength over the horizon, as a share of the ceiling.`,
          },
          CEILINGS,
        ),
      ),
      ...family('value', `rotations.ceilingUse.${k.id}`, 'month', ctx.months, (m) =>
        text(
          {
            label: `Use of the ${k.name} ceiling, ${m.name}`,
            unit: 'share',
            better: null,
            description: `Mean daily deployed ${k.name} strength in ${m.name} (days of the horizon), as a share of the ceiling.`,
          },
          CEILINGS,
        ),
      ),
    );
  }
  for (const what of ['deployed', 'available'] as const) {
    for (const k of KINDS) {
      out.push(
        ...family('series', `rotations.${what}.${k.id}`, 'sector', sectors, (s) =>
          text(
            {
              label: `${what === 'deployed' ? 'Deployed' : 'Available'} ${k.name} strength, ${s.name}`,
              unit: 'personnel',
              better: what === 'deployed' ? null : 'higher',
              description: `${what === 'deployed' ? 'Uniformed personnel in the mission area' : 'Uniformed personnel fit for duty'} of ${k.name} units based in ${s.name} at the end of the day (individually deployed officers are not in a sector).`,
            },
            BY_SECTOR,
          ),
        ),
      );
    }
  }
  out.push(
    series(
      'rotations.inQuarantine',
      text({
        label: 'Personnel in quarantine',
        unit: 'personnel',
        better: 'lower',
        description:
          'Incoming personnel in quarantine on arrival (or again, as contacts of a case) at the end of the day.',
      }),
    ),
    series(
      'rotations.inIsolation',
      text({
        label: 'Personnel in isolation (COVID-19 cases)',
        unit: 'personnel',
        better: 'lower',
        description: 'Incoming personnel isolated as COVID-19 cases at the end of the day.',
      }),
    ),
    series(
      'rotations.postsVacant',
      text({
        label: 'Posts vacant',
        unit: 'posts',
        better: 'lower',
        description:
          'Posts of units in the mission that no one fills yet (a unit flying in) at the end of the day.',
      }),
    ),
    series(
      'rotations.unitsAbsent',
      text({
        label: 'Units absent',
        unit: 'units',
        better: 'lower',
        description:
          'Units with too few personnel fit for duty to be tasked (parameters.rotations.minimumShareToTask) at the end of the day.',
      }),
    ),
    series(
      'rotations.unitsOverdue',
      text({
        label: 'Units past their tour',
        unit: 'units',
        better: 'lower',
        description: 'Units whose contingent has served past its tour, at the end of the day.',
      }),
    ),
    ...GAP_SERIES.map((g) =>
      series(
        g.name,
        text({ label: g.label, unit: g.unit, better: 'lower', description: g.description }, GAPS),
      ),
    ),
    counter(
      'rotations.unitDaysAbsent',
      text({
        label: 'Unit-days absent',
        unit: 'unit-days',
        better: 'lower',
        description:
          'Days units could not be tasked because too few of their personnel were fit for duty (rotation quarantine, isolation, flying in), summed over units and days.',
      }),
    ),
    counter(
      'rotations.personDaysUnavailable',
      text({
        label: 'Person-days unavailable',
        unit: 'person-days',
        better: 'lower',
        description:
          'Posts of units in the mission not filled by personnel fit for duty (quarantine, isolation, vacant, fatigue past the tour), summed over days.',
      }),
    ),
    counter(
      'rotations.unitDaysOverdue',
      text({
        label: 'Unit-days past the tour',
        unit: 'unit-days',
        better: 'lower',
        description: 'Days units served past the end of their tour, summed over units.',
      }),
    ),
    value(
      'rotations.availableShare.mean',
      text({
        label: 'Share of the force fit for duty (time average)',
        unit: 'share',
        better: 'higher',
        description:
          'Personnel fit for duty in their posts ÷ establishment of the units in the mission, averaged over the days of the horizon.',
        headline: true,
      }),
    ),
    counter(
      'rotations.personnelArrived',
      text({
        label: 'Personnel flown in',
        unit: 'personnel',
        better: null,
        description: 'Incoming personnel (rotations and deployments) landed over the horizon.',
      }),
    ),
    counter(
      'rotations.rotationsStarted',
      text({
        label: 'Rotations and deployments started',
        unit: 'count',
        better: null,
        description: 'Unit rotations and deployments started over the horizon.',
      }),
    ),
    value(
      'rotations.tourExtension.meanDays',
      text({
        label: 'Mean tour extension',
        unit: 'days',
        better: 'lower',
        description:
          'Mean days past the end of its tour at which a contingent’s replacements first landed, over the rotations of the horizon.',
      }),
    ),
    value(
      'rotations.tourExtension.maxDays',
      text({
        label: 'Longest tour extension',
        unit: 'days',
        better: 'lower',
        description:
          'Longest delay past the end of its tour before a contingent’s replacements first landed.',
      }),
    ),
    counter(
      'rotations.covid.cases',
      text({
        label: 'COVID-19 cases among incoming personnel',
        unit: 'cases',
        better: 'lower',
        description: 'COVID-19 cases found among incoming personnel over the horizon.',
      }),
    ),
    value(
      `rotations.covid.cases@${asOf}`,
      text({
        label: `COVID-19 cases during rotations to ${asOf}`,
        unit: 'cases',
        better: 'lower',
        description: `COVID-19 cases among incoming personnel from the start to ${asOf} (the letter: « Quatre-vingt-neuf cas ont été signalés au sein de la force lors des relèves de contingents »).`,
      }),
    ),
    counter(
      'rotations.gap.helicopterMonths',
      text(
        {
          label: 'Helicopter-months short',
          unit: 'months',
          better: 'lower',
          description:
            'Military helicopters short of the requirement, summed over the days of the horizon, in months.',
          headline: true,
        },
        GAPS,
      ),
    ),
    counter(
      'rotations.gap.surgicalTeamMonths',
      text(
        {
          label: 'Surgical-team-months not operating',
          unit: 'months',
          better: 'lower',
          description:
            'Surgical teams not operating because their staff are away or in quarantine, summed over the days of the horizon, in months.',
        },
        GAPS,
      ),
    ),
    ...family('value', 'rotations.pledge.honoured', 'step', pledges.all, (s) =>
      text({
        label: `Pledge honoured: ${s.name}`,
        unit: 'share',
        better: 'higher',
        description: `Whether the unit pledged by plan step ${s.id} comes at all (1) or never (0); its mean is the probability.`,
      }),
    ),
    ...family('value', 'rotations.pledge.deployDay', 'step', pledges.all, (s) =>
      text({
        label: `Day the pledged unit deploys: ${s.name}`,
        unit: 'day',
        better: 'lower',
        description: `Day (0 = start date) the unit pledged by plan step ${s.id} starts flying in, even after the horizon; undefined when the pledge is not honoured.`,
      }),
    ),
    ...family('value', 'rotations.pledge.gapMonths', 'step', pledges.replacing, (s) =>
      text(
        {
          label: `Gap in months: ${s.name}`,
          unit: 'months',
          better: 'lower',
          description: `Months from the departure of the unit that plan step ${s.id} replaces to the replacement fit for duty (its deployment plus the quarantine), even after the horizon; undefined when the pledge is not honoured.`,
        },
        GAPS,
      ),
    ),
  );
  return out;
}

/** What the daily snapshot accumulates for the end-of-run values. */
interface Accumulator {
  days: number;
  fitShareSum: number;
  peak: Record<PersonnelKind, number>;
  monthSum: Record<PersonnelKind, number[]>;
  monthDays: number[];
}

/**
 * The rotations capability: contingents, tours, rotation flights, quarantine and COVID-19
 * isolation, suspensions and restrictions, pledges; strength by sector and kind against the
 * ceilings; capability gaps.
 */
export const rotations = defineCapability({
  id: 'rotations',
  title: GROUP,
  summary:
    'Contingents rotate at the end of their tours by flights that suspensions stop and restrictions slow; incoming personnel quarantine on arrival, cases isolate; pledged units come late or never. Strength by sector against the ceilings, capability gaps.',
  parameters: rotationsParametersSchema,
  actions: [suspendRotations, restrictRotations, pledgeUnit],
  requires: [ForcePort],
  check({ scenario, parameters, issues }) {
    // An entry for a unit the scenario does not have is ignored (a variant may drop the plan step
    // that deploys it); each unit has one entry.
    const seen = new Set<string>();
    parameters.contingents.forEach((c, i) => {
      const path = `parameters.rotations.contingents[${i}]`;
      if (seen.has(c.unit)) {
        issues.add(`${path}.unit`, `expected each unit once, got ${JSON.stringify(c.unit)} again`);
      }
      seen.add(c.unit);
      if (c.lastRotation !== undefined && c.lastRotation.value > scenario.startDate) {
        issues.add(
          `${path}.lastRotation.value`,
          `expected a date on or before the scenario's startDate (${scenario.startDate}), got ${JSON.stringify(c.lastRotation.value)}`,
        );
      }
    });
    parameters.pastSuspensions.forEach((s, i) => {
      const path = `parameters.rotations.pastSuspensions[${i}]`;
      if (s.until < s.from) {
        issues.add(
          `${path}.until`,
          `expected a date on or after from (${s.from}), got ${JSON.stringify(s.until)}`,
        );
      }
      if (s.until >= scenario.startDate) {
        issues.add(
          `${path}.until`,
          `expected a date before the scenario's startDate (${scenario.startDate}; a suspension from the start on is a suspend-rotations plan step), got ${JSON.stringify(s.until)}`,
        );
      }
    });
  },
  metrics: declare,
  start(rt, ports) {
    const live = new RotationsDynamics(rt, ports.get(ForcePort));
    const m = rt.metrics;
    const p = () => rt.params.rotations as RotationsParameters;
    const months = Math.max(1, rt.calendar.monthIndex(rt.horizonHours - 1) + 1);
    const acc: Accumulator = {
      days: 0,
      fitShareSum: 0,
      peak: { military: 0, police: 0 },
      monthSum: { military: new Array(months).fill(0), police: new Array(months).fill(0) },
      monthDays: new Array(months).fill(0),
    };
    const unitDaysAbsent = m.scalar('rotations.unitDaysAbsent');
    const personDays = m.scalar('rotations.personDaysUnavailable');
    const overdueDays = m.scalar('rotations.unitDaysOverdue');
    const heloMonths = m.scalar('rotations.gap.helicopterMonths');
    const teamMonths = m.scalar('rotations.gap.surgicalTeamMonths');
    const daysAbove = {
      military: m.scalar('rotations.ceiling.daysAbove.military'),
      police: m.scalar('rotations.ceiling.daysAbove.police'),
    };
    let totals: DayTotals = live.totals();
    let at = Number.NaN;
    const now = (): DayTotals => {
      if (at === rt.env.now) return totals;
      at = rt.env.now;
      totals = live.totals();
      // Once a day: add the day to the counters.
      const par = p();
      const ind = {
        military: par.individualOfficers.military.value,
        police: par.individualOfficers.police.value,
      };
      unitDaysAbsent.add(totals.unitsAbsent);
      personDays.add(totals.postsUnavailable);
      overdueDays.add(totals.unitsOverdue);
      heloMonths.add(totals.militaryHelicoptersShort / DAYS_PER_MONTH);
      teamMonths.add(totals.surgicalTeamsOut / DAYS_PER_MONTH);
      acc.days++;
      if (totals.establishment > 0) {
        acc.fitShareSum += (totals.establishment - totals.postsUnavailable) / totals.establishment;
      }
      const month = Math.min(months - 1, rt.calendar.monthIndex(rt.env.now - 1e-6));
      acc.monthDays[month] = (acc.monthDays[month] as number) + 1;
      for (const k of KINDS) {
        const use = (totals.deployed[k.id] + ind[k.id]) / par.ceilings[k.id].value;
        if (use > 1) daysAbove[k.id].add();
        acc.peak[k.id] = Math.max(acc.peak[k.id], use);
        acc.monthSum[k.id][month] = (acc.monthSum[k.id][month] as number) + use;
      }
      return totals;
    };
    const individual = (k: PersonnelKind) => p().individualOfficers[k].value;
    for (const k of KINDS) {
      m.daily(`rotations.deployed.${k.id}`, () => now().deployed[k.id] + individual(k.id));
      m.daily(`rotations.available.${k.id}`, () => now().available[k.id] + individual(k.id));
    }
    const sectors = [...rt.scenario.mission.sectors.map((s) => s.id)];
    if (m.has(`rotations.deployed.military.sector.${OUTSIDE_SECTORS}`))
      sectors.push(OUTSIDE_SECTORS);
    for (const s of sectors) {
      const key = s === OUTSIDE_SECTORS ? '' : s;
      for (const k of KINDS) {
        m.daily(
          `rotations.deployed.${k.id}.sector.${s}`,
          () => now().deployedBySector.get(key)?.[k.id] ?? 0,
        );
        m.daily(
          `rotations.available.${k.id}.sector.${s}`,
          () => now().availableBySector.get(key)?.[k.id] ?? 0,
        );
      }
    }
    m.daily('rotations.inQuarantine', () => now().quarantined);
    m.daily('rotations.inIsolation', () => now().isolated);
    m.daily('rotations.postsVacant', () => now().vacant);
    m.daily('rotations.unitsAbsent', () => now().unitsAbsent);
    m.daily('rotations.unitsOverdue', () => now().unitsOverdue);
    m.daily('rotations.gap.militaryHelicopters', () => now().militaryHelicoptersShort);
    m.daily('rotations.gap.surgicalTeams', () => now().surgicalTeamsOut);
    m.daily('rotations.gap.responders', () => now().respondersAbsent);
    m.daily('rotations.gap.formedPoliceUnits', () => now().policeUnitsAbsent);
    return Object.assign(live, { accumulator: acc });
  },
  finish(live, rt) {
    const m = rt.metrics;
    const acc = (live as RotationsDynamics & { accumulator: Accumulator }).accumulator;
    m.set('rotations.availableShare.mean', acc.days > 0 ? acc.fitShareSum / acc.days : Number.NaN);
    m.set('rotations.personnelArrived', live.arrivals);
    m.set('rotations.rotationsStarted', live.rotationsStarted);
    m.set('rotations.covid.cases', live.cases);
    const asOf = rt.scenario.mission.armouredFleet.asOf;
    const letterDay = rt.calendar.dayOf(asOf);
    m.set(
      `rotations.covid.cases@${asOf}`,
      letterDay >= 0 && letterDay < m.days ? live.casesToLetter : Number.NaN,
    );
    const ext = live.extensions;
    m.set(
      'rotations.tourExtension.meanDays',
      ext.length > 0 ? ext.reduce((a, b) => a + b, 0) / ext.length : Number.NaN,
    );
    m.set('rotations.tourExtension.maxDays', ext.length > 0 ? Math.max(...ext) : Number.NaN);
    for (const k of KINDS) {
      m.set(`rotations.ceiling.peakUse.${k.id}`, acc.days > 0 ? acc.peak[k.id] : Number.NaN);
    }
    horizonMonths(rt.scenario.startDate, m.days).forEach(({ id }, i) => {
      for (const k of KINDS) {
        const n = acc.monthDays[i] ?? 0;
        const name = `rotations.ceilingUse.${k.id}.month.${id}`;
        m.set(name, n > 0 ? (acc.monthSum[k.id][i] as number) / n : Number.NaN);
      }
    });
    for (const [stepId, d] of live.pledges) {
      m.set(`rotations.pledge.honoured.step.${stepId}`, d.honoured ? 1 : 0);
      m.set(`rotations.pledge.deployDay.step.${stepId}`, d.deployDay);
      const gap = `rotations.pledge.gapMonths.step.${stepId}`;
      if (m.has(gap)) m.set(gap, d.gapMonths);
    }
  },
});
