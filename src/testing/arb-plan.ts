/**
 * `arbPlan`: dated, valid plan steps for a mission.
 *
 * @module
 */
import fc from 'fast-check';
import type { PlanAction, PlanStep } from '../dynamics/format.js';
import { addDays } from '../model/dates.js';
import type { Aircraft, Mission, Place, Unit } from '../model/mission.js';
import { GENERATED, gen, MALI_BOUNDS } from './_internals/generated.js';

/** Options of {@link arbPlan}. */
export interface ArbPlanOptions {
  /** The scenario's start date: steps are dated on or after it (default: the mission's `asOf`). */
  readonly startDate?: string;
  /** The scenario's horizon in days; steps fall inside it, a few up to 30 days beyond (default 180). */
  readonly horizonDays?: number;
  /** Most steps (default 6). */
  readonly maxSteps?: number;
}

const source = { kind: 'assumption', rationale: GENERATED } as const;

const KINDS = [
  'transfer-unit',
  'deploy-unit',
  'deliver-vehicles',
  'add-surgical-teams',
  'set-parameter',
  'milestone',
  'open-base',
] as const;

/** Parameters a generated `set-parameter` step may change, with the values it may set. */
const SETTABLE: readonly { path: string; value: (k: number) => number }[] = [
  { path: 'ied.damageGivenDetonation', value: (k) => (k % 101) / 100 },
  { path: 'aviation.mtbfDays', value: (k) => 5 + (k % 56) },
  { path: 'response.groundSpeedKmh', value: (k) => 20 + (k % 41) },
  { path: 'casevac.maxAirWaitMin', value: (k) => 10 + (k % 81) },
  { path: 'fleet.failuresPerVehicleYear', value: (k) => (k % 61) / 10 },
];

const intent = (horizonDays: number) =>
  fc.record({
    kind: fc.constantFrom(...KINDS),
    day: fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 0, max: Math.max(0, horizonDays - 1) }) },
      { weight: 1, arbitrary: fc.integer({ min: horizonDays, max: horizonDays + 30 }) },
    ),
    status: fc.constantFrom('done', 'in-progress', 'planned', 'delayed' as const),
    pick: fc.nat(),
    pick2: fc.nat(),
    amount: fc.nat({ max: 10_000 }),
    after: fc.option(fc.nat(), { nil: undefined, freq: 3 }),
    helicopter: fc.boolean(),
  });

type Intent = {
  kind: (typeof KINDS)[number];
  day: number;
  status: PlanStep['status'];
  pick: number;
  pick2: number;
  amount: number;
  after: number | undefined;
  helicopter: boolean;
};

function at<T>(xs: readonly T[], k: number): T {
  return xs[k % xs.length] as T;
}

/**
 * Dated, valid plan steps for `mission`: transfers of existing responders to open bases, new
 * units (sometimes helicopter units, sometimes at a base a previous step opened, then gated on
 * it with `after`), vehicle deliveries, surgical teams added to role 2–3 facilities, parameter
 * changes inside their domains, milestones, and `after` dependencies on earlier steps (never a
 * cycle). Dates fall on or after `startDate`, mostly inside the horizon and sometimes past it
 * (such steps are valid and never take effect). Shrinks towards fewer, earlier steps.
 *
 * @param mission - the mission the plan applies to (e.g. from {@link arbMission})
 * @example
 * ```ts
 * fc.assert(fc.property(arbMission().chain((m) => arbPlan(m, { horizonDays: 90 })), (plan) => plan.length <= 6));
 * ```
 */
export function arbPlan(
  mission: Mission,
  options: ArbPlanOptions = {},
): fc.Arbitrary<readonly PlanStep[]> {
  const start = options.startDate ?? mission.asOf;
  const horizon = Math.max(1, Math.floor(options.horizonDays ?? 180));
  const maxSteps = Math.max(0, Math.floor(options.maxSteps ?? 6));
  return fc
    .array(intent(horizon), { maxLength: maxSteps })
    .map((intents) => buildPlan(mission, start, intents));
}

function buildPlan(mission: Mission, start: string, intents: readonly Intent[]): PlanStep[] {
  const responders = mission.units.filter((u) => u.capabilities.includes('civilian-protection'));
  const bases = mission.places.filter((p) => p.base);
  const surgical = mission.medical.filter((f) => f.role >= 2);
  const steps: PlanStep[] = [];
  const opened: { stepId: string; place: string }[] = [];
  intents.forEach((g, i) => {
    const id = `step-${i}-${g.kind}`;
    let action: PlanAction;
    let after: string[] | undefined;
    switch (g.kind) {
      case 'transfer-unit': {
        const unit = at(responders, g.pick);
        action = {
          kind: 'transfer-unit',
          unit: unit.id,
          to: at(bases, g.pick2).id,
          movementDays: gen(g.amount % 6),
        };
        break;
      }
      case 'deploy-unit': {
        const target = opened.length > 0 && g.pick2 % 2 === 0 ? at(opened, g.pick) : undefined;
        const base = target?.place ?? at(bases, g.pick2).id;
        if (target !== undefined) after = [target.stepId];
        action = { kind: 'deploy-unit', unit: newUnit(`plan-unit-${i}`, base, g) };
        break;
      }
      case 'deliver-vehicles':
        action = {
          kind: 'deliver-vehicles',
          sector: at(mission.sectors, g.pick).id,
          count: gen(1 + (g.amount % 10)),
          mineProtected: g.pick2 % 2 === 0,
          replacesWrittenOff: g.helicopter,
        };
        break;
      case 'add-surgical-teams':
        if (surgical.length === 0) {
          action = { kind: 'milestone' };
          break;
        }
        action = {
          kind: 'add-surgical-teams',
          facility: at(surgical, g.pick).id,
          teams: gen(1 + (g.amount % 2)),
        };
        break;
      case 'set-parameter': {
        const p = at(SETTABLE, g.pick);
        action = { kind: 'set-parameter', path: p.path, value: p.value(g.amount) };
        break;
      }
      case 'open-base': {
        const sector = at(mission.sectors, g.pick);
        const hq = mission.places.find((p) => p.id === sector.hq) as Place;
        const place: Place = {
          id: `plan-place-${i}`,
          name: `Base opened by step ${i}`,
          kind: 'temporary-operating-base',
          sector: sector.id,
          location: {
            latDeg: clampTo(
              hq.location.latDeg + ((g.amount % 101) - 50) / 100,
              MALI_BOUNDS.minLatDeg,
              MALI_BOUNDS.maxLatDeg,
            ),
            lonDeg: clampTo(
              hq.location.lonDeg + ((g.pick2 % 101) - 50) / 100,
              MALI_BOUNDS.minLonDeg,
              MALI_BOUNDS.maxLonDeg,
            ),
            source,
          },
          base: true,
          helipad: g.helicopter,
        };
        action = { kind: 'open-base', place };
        opened.push({ stepId: id, place: place.id });
        break;
      }
      default:
        action = { kind: 'milestone' };
    }
    if (g.after !== undefined && i > 0) {
      const dep = (steps[g.after % i] as PlanStep).id;
      after = after === undefined ? [dep] : after.includes(dep) ? after : [...after, dep];
    }
    steps.push({
      id,
      title: `Generated step ${i} (${action.kind})`,
      date: addDays(start, g.day),
      status: g.status,
      source,
      ...(after === undefined ? {} : { after }),
      action,
    });
  });
  return steps;
}

function clampTo(x: number, lo: number, hi: number): number {
  return Math.round(Math.min(hi, Math.max(lo, x)) * 100) / 100;
}

function newUnit(id: string, base: string, g: Intent): Unit {
  if (g.helicopter && g.pick2 % 3 === 0) {
    const aircraft: Aircraft = {
      type: 'Mi-17',
      role: 'utility',
      count: gen(1 + (g.amount % 3)),
      cruiseSpeedKmh: gen(200),
      nightCapable: g.pick % 2 === 0,
      militaryTasking: true,
    };
    return {
      id,
      name: `Helicopter unit deployed by plan (${id})`,
      kind: 'helicopter-unit',
      strength: gen(120),
      base,
      capabilities: ['air-lift', 'casualty-evacuation'],
      aircraft,
    };
  }
  return {
    id,
    name: `Unit deployed by plan (${id})`,
    kind: 'infantry',
    strength: gen(50 + (g.amount % 500)),
    base,
    capabilities: g.helicopter ? ['civilian-protection'] : ['escort'],
    noticeToMoveMin: gen(g.amount % 90),
  };
}
