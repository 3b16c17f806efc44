/**
 * The catalogue of metric names the mission model reports: a label, a unit, a description, the
 * direction that counts as better, and a group for report tables. Names built from an id
 * (`ied.encounters.route.<route>`, `response.time.p50Min.area.<area>`,
 * `ied.encounters.month.<YYYY-MM>`, `fleet.inDailyUse@<date>`, `plan.appliedDay.<step>`,
 * `aviation.tasksFlown.<kind>`…) resolve through {@link findMetricInfo}.
 *
 * @module
 */
import type { Scenario } from '../scenario/types.js';

/** Unit of a metric, as reports print it. */
export type MetricUnit =
  | 'vehicles'
  | 'aircraft'
  | 'share'
  | 'probability'
  | 'min'
  | 'hours'
  | 'days'
  | 'day'
  | 'km'
  | 'per 1000 convoy-km'
  | 'count';

/** Group of a metric in report tables (in the order of {@link METRIC_GROUPS}). */
export type MetricGroup =
  | 'Armoured fleet'
  | 'IED threat'
  | 'IED by route'
  | 'IED by month'
  | 'Casualty evacuation (10-1-2)'
  | 'Casualty evacuation by sector'
  | 'Response to threats against civilians'
  | 'Response by area'
  | 'Aviation'
  | 'Adaptation plan'
  | 'Engine'
  | 'Other';

/** Report order of the metric groups. */
export const METRIC_GROUPS: readonly MetricGroup[] = [
  'Armoured fleet',
  'IED threat',
  'IED by route',
  'IED by month',
  'Casualty evacuation (10-1-2)',
  'Casualty evacuation by sector',
  'Response to threats against civilians',
  'Response by area',
  'Aviation',
  'Adaptation plan',
  'Engine',
  'Other',
];

/** What a metric means. */
export interface MetricInfo {
  /** Short human label, capitalised ("Median time to surgery"). */
  readonly label: string;
  readonly unit: MetricUnit;
  /** One sentence: what is counted or measured, and over what period. */
  readonly description: string;
  /** Which direction is an improvement; undefined when neither is (exposure, workload). */
  readonly better: 'higher' | 'lower' | undefined;
  readonly group: MetricGroup;
}

function info(
  label: string,
  unit: MetricUnit,
  group: MetricGroup,
  better: 'higher' | 'lower' | undefined,
  description: string,
): MetricInfo {
  return { label, unit, description, better, group };
}

const FLEET = 'Armoured fleet';
const IED = 'IED threat';
const CASEVAC = 'Casualty evacuation (10-1-2)';
const RESPONSE = 'Response to threats against civilians';
const AVIATION = 'Aviation';

/**
 * Catalogue of the fixed metric names (scalars, daily series and histograms) of the mission
 * model. Names carrying an id or a date are not listed here; {@link findMetricInfo} resolves
 * them.
 */
export const METRICS: Readonly<Record<string, MetricInfo>> = {
  // Armoured fleet: daily series and end-of-run scalars.
  'fleet.inDailyUse': info(
    'Armoured vehicles in daily use',
    'vehicles',
    FLEET,
    'higher',
    'Armoured vehicles serviceable and in daily use at the end of the day.',
  ),
  'fleet.inMaintenance': info(
    'Armoured vehicles in maintenance',
    'vehicles',
    FLEET,
    'lower',
    'Armoured vehicles in or waiting for the sector workshops at the end of the day.',
  ),
  'fleet.awaitingReplacement': info(
    'Armoured vehicles awaiting replacement',
    'vehicles',
    FLEET,
    'lower',
    'Armoured vehicles beyond the mission’s repair, waiting for a replacement from the contributing country.',
  ),
  'fleet.readiness.mean': info(
    'Fleet readiness (time average)',
    'share',
    FLEET,
    'higher',
    'Share of the armoured fleet in daily use, averaged over every day of the horizon.',
  ),
  'fleet.writtenOff': info(
    'Vehicles written off',
    'vehicles',
    FLEET,
    'lower',
    'Armoured vehicles damaged beyond the mission’s repair (breakdowns and IEDs) over the horizon.',
  ),
  'fleet.replaced': info(
    'Vehicles replaced',
    'vehicles',
    FLEET,
    undefined,
    'Written-off vehicles replaced (by the contributing country or a plan delivery) over the horizon.',
  ),
  'fleet.delivered': info(
    'Vehicles delivered by the plan',
    'vehicles',
    FLEET,
    undefined,
    'Armoured vehicles delivered by plan steps over the horizon.',
  ),
  // IED threat.
  'ied.encounters': info(
    'IED encounters',
    'count',
    IED,
    'lower',
    'Devices met by convoys and patrols (found or detonated) over the horizon.',
  ),
  'ied.neutralised': info(
    'IEDs found and neutralised',
    'count',
    IED,
    undefined,
    'Devices found and neutralised before detonating over the horizon (grows with encounters).',
  ),
  'ied.detonations': info(
    'IED detonations',
    'count',
    IED,
    'lower',
    'Devices that detonated against the mission over the horizon.',
  ),
  'ied.vehiclesDamaged': info(
    'Vehicles damaged by IEDs',
    'vehicles',
    IED,
    'lower',
    'Armoured vehicles damaged by detonations over the horizon.',
  ),
  'ied.vehiclesWrittenOff': info(
    'Vehicles written off by IEDs',
    'vehicles',
    IED,
    'lower',
    'Armoured vehicles damaged beyond repair by detonations over the horizon.',
  ),
  'ied.casualties': info(
    'Peacekeepers wounded by IEDs',
    'count',
    IED,
    'lower',
    'Peacekeepers wounded by detonations over the horizon.',
  ),
  'ied.ratePer1000ConvoyKm': info(
    'IED encounter rate',
    'per 1000 convoy-km',
    IED,
    'lower',
    'This replication’s draw of the encounter rate per 1000 weighted convoy-km (posterior on the letter’s 39 devices).',
  ),
  'ied.detectionProbability': info(
    'IED detection probability',
    'probability',
    IED,
    'higher',
    'This replication’s draw of the probability a device is found before it detonates, before mitigations (posterior on the letter’s 19 of 39).',
  ),
  'fleet.daysToReadinessTarget': info(
    'Days to readiness target',
    'days',
    FLEET,
    'lower',
    'Days after the letter’s date until the share of the fleet in daily use first reaches the readiness target (parameters.fleet.readinessTargetShare); undefined in replications that never reach it.',
  ),
  'fleet.readinessTargetReached': info(
    'Readiness target reached',
    'share',
    FLEET,
    'higher',
    'Whether the fleet reaches the readiness target within the horizon (1) or not (0); its mean is the share of replications that do.',
  ),
  // Casualty evacuation.
  'casevac.casualties': info(
    'Casualties evacuated',
    'count',
    CASEVAC,
    'lower',
    'Wounded peacekeepers (IEDs and attacks on responding units) over the horizon.',
  ),
  'casevac.byAir': info(
    'Casualties evacuated by air',
    'count',
    CASEVAC,
    undefined,
    'Casualties evacuated by helicopter over the horizon.',
  ),
  'casevac.byAir.share': info(
    'Share evacuated by air',
    'share',
    CASEVAC,
    undefined,
    'Share of casualties evacuated by helicopter.',
  ),
  'casevac.firstAidWithinTarget': info(
    'Casualties with first aid within target',
    'count',
    CASEVAC,
    undefined,
    'Casualties given first aid within the 10-1-2 target (10 min).',
  ),
  'casevac.resuscitationWithinTarget': info(
    'Casualties resuscitated within target',
    'count',
    CASEVAC,
    undefined,
    'Casualties given damage-control resuscitation within the 10-1-2 target (60 min).',
  ),
  'casevac.surgeryWithinTarget': info(
    'Casualties in surgery within target',
    'count',
    CASEVAC,
    undefined,
    'Casualties in damage-control surgery within the 10-1-2 target (120 min).',
  ),
  'casevac.compliant': info(
    'Casualties meeting all of 10-1-2',
    'count',
    CASEVAC,
    undefined,
    'Casualties whose first aid, resuscitation and surgery were all within target.',
  ),
  'casevac.firstAidWithinTarget.share': info(
    'Share with first aid within 10 min',
    'share',
    CASEVAC,
    'higher',
    'Share of casualties given first aid within the 10-1-2 target (10 min after wounding).',
  ),
  'casevac.resuscitationWithinTarget.share': info(
    'Share resuscitated within 60 min',
    'share',
    CASEVAC,
    'higher',
    'Share of casualties given damage-control resuscitation within the 10-1-2 target (1 h).',
  ),
  'casevac.surgeryWithinTarget.share': info(
    'Share in surgery within 120 min',
    'share',
    CASEVAC,
    'higher',
    'Share of casualties in damage-control surgery within the 10-1-2 target (2 h).',
  ),
  'casevac.compliant.share': info(
    'Share meeting all of 10-1-2',
    'share',
    CASEVAC,
    'higher',
    'Share of casualties for whom first aid, resuscitation and surgery were all within target.',
  ),
  'casevac.toSurgery.p50Min': info(
    'Median time to surgery',
    'min',
    CASEVAC,
    'lower',
    'Median over a replication’s casualties of the minutes from wounding to surgery.',
  ),
  'casevac.toFirstAid': info(
    'Time to first aid',
    'min',
    CASEVAC,
    'lower',
    'Minutes from wounding to first aid, every casualty of every replication.',
  ),
  'casevac.toResuscitation': info(
    'Time to resuscitation',
    'min',
    CASEVAC,
    'lower',
    'Minutes from wounding to damage-control resuscitation, every casualty of every replication.',
  ),
  'casevac.toSurgery': info(
    'Time to surgery',
    'min',
    CASEVAC,
    'lower',
    'Minutes from wounding to damage-control surgery, every casualty of every replication.',
  ),
  // Response to threats against civilians.
  'response.threats': info(
    'Threats against civilians',
    'count',
    RESPONSE,
    undefined,
    'Threats against civilians needing a force response over the horizon.',
  ),
  'response.responses': info(
    'Responses',
    'count',
    RESPONSE,
    undefined,
    'Threats a unit reached over the horizon.',
  ),
  'response.byAir': info(
    'Responses by air',
    'count',
    RESPONSE,
    undefined,
    'Responses carried by a helicopter lift over the horizon.',
  ),
  'response.byAir.share': info(
    'Share of responses by air',
    'share',
    RESPONSE,
    undefined,
    'Share of responses carried by a helicopter lift.',
  ),
  'response.time': info(
    'Response time',
    'min',
    RESPONSE,
    'lower',
    'Minutes from a threat to the first responding unit on scene, every threat of every replication.',
  ),
  'response.time.p50Min': info(
    'Median response time',
    'min',
    RESPONSE,
    'lower',
    'Median over a replication’s threats of the minutes from threat to a unit on scene.',
  ),
  'response.time.p90Min': info(
    '90th-percentile response time',
    'min',
    RESPONSE,
    'lower',
    '90th percentile over a replication’s threats of the minutes from threat to a unit on scene.',
  ),
  'response.time.meanMin': info(
    'Mean response time',
    'min',
    RESPONSE,
    'lower',
    'Mean over a replication’s threats of the minutes from threat to a unit on scene.',
  ),
  // Aviation.
  'aviation.flightHours': info(
    'Helicopter flight hours',
    'hours',
    AVIATION,
    undefined,
    'Hours flown by all helicopters over the horizon.',
  ),
  'aviation.present': info(
    'Helicopters present',
    'aircraft',
    AVIATION,
    'higher',
    'Helicopters in the mission at the end of the day.',
  ),
  'aviation.serviceable': info(
    'Helicopters serviceable',
    'aircraft',
    AVIATION,
    'higher',
    'Helicopters present and not down for maintenance at the end of the day.',
  ),
  'aviation.militaryPresent': info(
    'Military-tasked helicopters present',
    'aircraft',
    AVIATION,
    'higher',
    'Helicopters the military component may task, present at the end of the day.',
  ),
  'aviation.militaryServiceable': info(
    'Military-tasked helicopters serviceable',
    'aircraft',
    AVIATION,
    'higher',
    'Helicopters the military component may task, present and serviceable at the end of the day.',
  ),
  'aviation.militaryShare': info(
    'Helicopter share the military can task',
    'share',
    AVIATION,
    'higher',
    'Military-tasked helicopters present ÷ helicopters present.',
  ),
  'engine.events': info(
    'Simulation events',
    'count',
    'Engine',
    undefined,
    'Events the discrete-event engine processed in a replication (a measure of work, not of the mission).',
  ),
};

const TASK_KIND_LABEL: Readonly<Record<string, string>> = {
  'casualty-evacuation': 'casualty evacuation',
  'reaction-lift': 'reaction-force lift',
  logistics: 'logistics',
};

const TASK_VERB: Readonly<
  Record<string, { label: string; better: 'higher' | 'lower' | undefined; what: string }>
> = {
  tasksRequested: { label: 'requested', better: undefined, what: 'requested' },
  tasksFlown: { label: 'flown', better: undefined, what: 'flown' },
  tasksRefused: {
    label: 'refused',
    better: 'lower',
    what: 'refused (no helicopter assigned within the task’s longest wait)',
  },
  tasksPreempted: {
    label: 'pre-empted',
    better: 'lower',
    what: 'pre-empted by a casualty evacuation',
  },
};

const ROUTE_KIND: Readonly<
  Record<string, { label: string; unit: MetricUnit; better: 'lower' | undefined }>
> = {
  encounters: { label: 'IED encounters', unit: 'count', better: 'lower' },
  neutralised: { label: 'IEDs neutralised', unit: 'count', better: undefined },
  detonations: { label: 'IED detonations', unit: 'count', better: 'lower' },
  convoyKm: { label: 'Convoy-km driven', unit: 'km', better: undefined },
};

/** Names of routes, areas, sectors and plan steps of a scenario, for labels. */
function nameOf(
  scenario: Scenario | undefined,
  kind: 'route' | 'area' | 'sector' | 'step',
  id: string,
): string {
  if (scenario === undefined) return id;
  const m = scenario.mission;
  const found =
    kind === 'route'
      ? m.routes.find((r) => r.id === id)?.name
      : kind === 'area'
        ? m.incidentAreas.find((a) => a.id === id)?.name
        : kind === 'sector'
          ? m.sectors.find((s) => s.id === id)?.name
          : scenario.plan.find((s) => s.id === id)?.title;
  return found ?? id;
}

function withSuffix(base: MetricInfo, suffix: string, description: string): MetricInfo {
  return { ...base, label: `${base.label} ${suffix}`, description };
}

/**
 * What a metric name means, or undefined when the name is neither in {@link METRICS} nor of a
 * known parametrised form. Resolves:
 * - `<metric>@<YYYY-MM-DD>` and `<metric>@end` (a daily series read on a date or at the horizon);
 * - `ied.{encounters,neutralised,detonations,vehiclesDamaged,vehiclesWrittenOff,casualties}.letterPeriod`;
 * - `ied.{encounters,neutralised,detonations,convoyKm}.route.<route>`;
 * - `ied.encounters.month.<YYYY-MM>`;
 * - `response.threats.area.<area>`, `response.time.p50Min.area.<area>`, `response.time.area.<area>`;
 * - `fleet.inDailyUse.sector.<sector>`;
 * - `aviation.{tasksRequested,tasksFlown,tasksRefused,tasksPreempted}.<task kind>`;
 * - `plan.appliedDay.<step>`.
 *
 * With a scenario, labels use the names of its routes, areas, sectors and plan steps.
 *
 * @example
 * ```ts
 * findMetricInfo('fleet.inDailyUse@2020-12-23')?.label; // 'Armoured vehicles in daily use on 2020-12-23'
 * findMetricInfo('ied.encounters.route.gao-menaka', minusma2020)?.group; // 'IED by route'
 * ```
 */
export function findMetricInfo(name: string, scenario?: Scenario): MetricInfo | undefined {
  const exact = METRICS[name];
  if (exact !== undefined) return exact;
  const at = name.lastIndexOf('@');
  if (at > 0) {
    const base = METRICS[name.slice(0, at)];
    const when = name.slice(at + 1);
    if (base === undefined) return undefined;
    if (when === 'end') {
      return withSuffix(base, 'at the horizon', `${base.description} Read on the last day.`);
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(when)) {
      return withSuffix(base, `on ${when}`, `${base.description} Read on ${when}.`);
    }
    return undefined;
  }
  let m = /^ied\.(\w+)\.letterPeriod$/.exec(name);
  if (m !== null) {
    const base = METRICS[`ied.${m[1]}`];
    if (base === undefined) return undefined;
    return {
      ...base,
      label: `${base.label}, letter period`,
      description: base.description.replace(
        'over the horizon',
        'in the letter’s period (from its start to the letter’s date)',
      ),
    };
  }
  m = /^ied\.(encounters|neutralised|detonations|convoyKm)\.route\.(.+)$/.exec(name);
  if (m !== null) {
    const k = ROUTE_KIND[m[1] as string] as (typeof ROUTE_KIND)[string];
    const route = nameOf(scenario, 'route', m[2] as string);
    return info(
      `${k.label}, ${route}`,
      k.unit,
      'IED by route',
      k.better,
      `${k.label} on route ${m[2]} over the horizon.`,
    );
  }
  m = /^ied\.(encounters|neutralised|detonations)\.month\.(\d{4}-\d{2})$/.exec(name);
  if (m !== null) {
    const what = { encounters: 'met', neutralised: 'neutralised', detonations: 'detonated' }[
      m[1] as 'encounters' | 'neutralised' | 'detonations'
    ];
    return info(
      `IEDs ${what} in ${m[2]}`,
      'count',
      'IED by month',
      m[1] === 'neutralised' ? undefined : 'lower',
      `Devices ${what} on convoys and patrols in calendar month ${m[2]} (the first and last months may be partial).`,
    );
  }
  m = /^casevac\.(casualties|surgeryWithinTarget|compliant)(\.share)?\.sector\.(.+)$/.exec(name);
  if (m !== null) {
    const sector = nameOf(scenario, 'sector', m[3] as string);
    const share = m[2] !== undefined;
    const labels = {
      casualties: 'Casualties',
      surgeryWithinTarget: 'Casualties in surgery within 2 h',
      compliant: 'Casualties meeting all of 10-1-2',
    } as const;
    const label = labels[m[1] as keyof typeof labels];
    return info(
      `${share ? `Share: ${label.toLowerCase()}` : label}, ${sector}`,
      share ? 'share' : 'count',
      'Casualty evacuation by sector',
      m[1] === 'casualties' ? 'lower' : share ? 'higher' : undefined,
      `${label} wounded in sector ${m[3]}${share ? ', as a share of that sector’s casualties' : ''} over the horizon.`,
    );
  }
  m = /^response\.(threats|time\.p50Min|time)\.area\.(.+)$/.exec(name);
  if (m !== null) {
    const area = nameOf(scenario, 'area', m[2] as string);
    if (m[1] === 'threats') {
      return info(
        `Threats against civilians, ${area}`,
        'count',
        'Response by area',
        undefined,
        `Threats against civilians in area ${m[2]} over the horizon.`,
      );
    }
    if (m[1] === 'time.p50Min') {
      return info(
        `Median response time, ${area}`,
        'min',
        'Response by area',
        'lower',
        `Median over a replication’s threats in area ${m[2]} of the minutes from threat to a unit on scene.`,
      );
    }
    return info(
      `Response time, ${area}`,
      'min',
      'Response by area',
      'lower',
      `Minutes from a threat in area ${m[2]} to a unit on scene, every threat of every replication.`,
    );
  }
  m = /^fleet\.inDailyUse\.sector\.(.+)$/.exec(name);
  if (m !== null) {
    return info(
      `Armoured vehicles in daily use, ${nameOf(scenario, 'sector', m[1] as string)}`,
      'vehicles',
      FLEET,
      'higher',
      `Armoured vehicles of sector ${m[1]} in daily use at the end of the day.`,
    );
  }
  m = /^aviation\.(tasksRequested|tasksFlown|tasksRefused|tasksPreempted)\.(.+)$/.exec(name);
  if (m !== null) {
    const verb = TASK_VERB[m[1] as string] as (typeof TASK_VERB)[string];
    const kind = TASK_KIND_LABEL[m[2] as string] ?? (m[2] as string);
    return info(
      `Helicopter tasks ${verb.label}: ${kind}`,
      'count',
      AVIATION,
      verb.better,
      `Helicopter tasks of kind ${m[2]} ${verb.what} over the horizon (a replication with none reports no value).`,
    );
  }
  m = /^plan\.appliedDay\.(.+)$/.exec(name);
  if (m !== null) {
    return info(
      `Day applied: ${nameOf(scenario, 'step', m[1] as string)}`,
      'day',
      'Adaptation plan',
      undefined,
      `Simulation day (0 = start date) on which plan step ${m[1]} took effect, after any step it waits for.`,
    );
  }
  return undefined;
}

/**
 * What a metric name means; for a name the catalogue does not know, a generic entry (the name
 * as label, group 'Other', no unit, no better direction) so reports never fail on a new metric.
 */
export function metricInfo(name: string, scenario?: Scenario): MetricInfo {
  return (
    findMetricInfo(name, scenario) ??
    info(name, 'count', 'Other', undefined, 'Not in the metric catalogue.')
  );
}

/**
 * The better direction of each named metric that has one, for `compare({ better })`. Metrics
 * with no better direction (exposure, workload) and unknown names are left out (compare then
 * uses its default, and reports print no "better" share for them).
 *
 * @example
 * ```ts
 * const r = await runExperiment(minusma2020, { replications: 1, seed: 1 });
 * const c = await compare(a, b, { replications: 100, seed: 1, better: betterMap(Object.keys(r.scalars)) });
 * ```
 */
export function betterMap(metricNames: Iterable<string>): Record<string, 'higher' | 'lower'> {
  const out: Record<string, 'higher' | 'lower'> = {};
  for (const name of metricNames) {
    const b = findMetricInfo(name)?.better;
    if (b !== undefined) out[name] = b;
  }
  return out;
}

/** Sorts metric names by group (in {@link METRIC_GROUPS} order), then by name. */
export function sortMetricNames(names: Iterable<string>): string[] {
  const rank = (n: string) => METRIC_GROUPS.indexOf(metricInfo(n).group);
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
