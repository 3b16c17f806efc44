/**
 * The force: where each unit is and whether it can be tasked, and which places hold a base. The
 * hub other capabilities read and act through (port {@link ForcePort}): the helicopters of a
 * helicopter unit fly while it is present; responders to threats against civilians are its units
 * able to protect civilians, claimed while they respond and freed after.
 *
 * Plan actions carried out here:
 * - `transfer-unit`: the unit leaves its base and is unavailable for `movementDays`, then is
 *   based at `to`;
 * - `deploy-unit`: a new unit arrives (a contingent, a helicopter unit, a surgical team);
 * - `repatriate-unit`: a unit leaves the mission;
 * - `open-base`: the mission opens a base at a place; its `garrison` units move in (unavailable
 *   for `movementDays`) and respond from there;
 * - `close-base`: the mission closes a base; units garrisoned there by `open-base` return to the
 *   base they came from.
 *
 * A unit that `follows` another (a forward surgical team, a command post with its task force)
 * deploys to that unit's base and moves with it. Where a capability provides housing
 * ({@link HousingPort}: camp capacity), a unit deploying or moving to a base waits until the
 * base can house it.
 *
 * Validation replays these in the order they take effect, so a unit deployed by one step can be
 * transferred by a later one, a transfer must go to an open base, a closed base must be empty,
 * and a base cannot be opened twice.
 *
 * @module
 */
import { z } from 'zod';
import { idSchema, sourcedNumber } from '../model/fields.js';
import { placeSchema, type Unit, unitSchema } from '../model/mission.js';
import { HOURS_PER_DAY } from './calendar.js';
import { defineAction, defineCapability, type PlanCheckContext } from './capability.js';
import { type Ports, port } from './ports.js';
import type { Runtime } from './runtime.js';

/** A unit of the force during a run. */
export interface ForceUnit {
  readonly unit: Unit;
  /** Place it is based at (its destination while moving). */
  base: string;
  /** Base it returns to when the base it garrisons closes (`null` when not a garrison). */
  home: string | null;
  /** In the mission: deployed and not repatriated. */
  present: boolean;
  /** Moving between bases (unavailable). */
  moving: boolean;
  /** What it is tasked with (a response, an escort), or `null` when idle. */
  task: string | null;
  /**
   * Personnel fit for duty: its establishment (`unit.strength`) unless a capability such as
   * rotations says otherwise (personnel in transit, quarantine or isolation, posts vacant).
   */
  strength: number;
  /** Too few of its personnel are there or fit for duty for it to be tasked (see {@link ForceApi.setStrength}). */
  absent: boolean;
}

/** What changed about a unit. */
export type ForceChange =
  /** Deployed (at the start or by plan). */
  | 'arrived'
  /** Repatriated. */
  | 'left'
  /** Set off to another base. */
  | 'departed'
  /** Reached its new base. */
  | 'moved'
  /** Back from a task. */
  | 'freed'
  /** Its strength fit for duty changed, or it became absent or present again (`setStrength`). */
  | 'strength';

/** The force, as other capabilities use it (port {@link ForcePort}). */
export interface ForceApi {
  /** Every unit that has been in the mission, in order of arrival (mission order first). */
  readonly units: readonly ForceUnit[];
  /** The unit with id `id`, if it has been in the mission. */
  unit(id: string): ForceUnit | undefined;
  /** Present, not moving, not absent and not tasked. */
  isAvailable(u: ForceUnit): boolean;
  /** Tasks an available unit (`task` says with what). */
  claim(u: ForceUnit, task: string): void;
  /** Frees a tasked unit. */
  release(u: ForceUnit): void;
  /**
   * Calls `listener` on every change of a unit, after the change; listeners run in subscription
   * order. The mission's own units are there from the start, without an `arrived` change.
   */
  onChange(listener: (u: ForceUnit, change: ForceChange) => void): void;
  /** A new unit arrives (a plan's deployment, a pledge honoured). */
  deploy(unit: Unit): void;
  /**
   * Sets a unit's strength fit for duty and whether it is absent (cannot be tasked), announcing
   * a `strength` change when either changes.
   */
  setStrength(u: ForceUnit, strength: number, absent: boolean): void;
}

/** The port of the force. */
export const ForcePort = port<ForceApi>('force');

/**
 * Housing of units at bases, as the force asks it before a unit deploys or moves (port
 * {@link HousingPort}; provided by the camps capability). Without it, every base houses any unit.
 */
export interface HousingApi {
  /** Calls `go` once `place` can house `unit`: now, or when room is made. */
  admit(unit: Unit, place: string, go: () => void): void;
}

/** The port of housing. */
export const HousingPort = port<HousingApi>('housing');

/**
 * Share of a unit's establishment fit for duty and able to be tasked: 0 when it is gone or
 * absent. Aviation crews airframes and casualty evacuation staffs surgical teams in proportion.
 */
export function fitShare(u: ForceUnit): number {
  return u.present && !u.absent ? Math.min(1, u.strength / u.unit.strength.value) : 0;
}

/** The force of one replication (its live state). */
export class ForceDynamics implements ForceApi {
  readonly units: ForceUnit[] = [];
  private readonly byId = new Map<string, ForceUnit>();
  private readonly listeners: ((u: ForceUnit, change: ForceChange) => void)[] = [];

  /** The mission's units are in the force from the start (no change is announced for them). */
  constructor(
    private readonly rt: Runtime,
    private readonly ports: Ports,
  ) {
    for (const unit of rt.scenario.mission.units) this.add(unit, unit.base);
  }

  private add(unit: Unit, base: string): ForceUnit {
    const u: ForceUnit = {
      unit,
      base,
      home: null,
      present: true,
      moving: false,
      task: null,
      strength: unit.strength.value,
      absent: false,
    };
    this.units.push(u);
    this.byId.set(unit.id, u);
    return u;
  }

  unit(id: string): ForceUnit | undefined {
    return this.byId.get(id);
  }

  isAvailable(u: ForceUnit): boolean {
    return u.present && !u.moving && !u.absent && u.task === null;
  }

  claim(u: ForceUnit, task: string): void {
    u.task = task;
  }

  release(u: ForceUnit): void {
    u.task = null;
    this.emit(u, 'freed');
  }

  onChange(listener: (u: ForceUnit, change: ForceChange) => void): void {
    this.listeners.push(listener);
  }

  private emit(u: ForceUnit, change: ForceChange): void {
    for (const l of this.listeners) l(u, change);
  }

  /** Calls `go` when `place` can house `unit` (at once without a housing capability). */
  private admit(unit: Unit, place: string, go: () => void): void {
    const housing = this.ports.find(HousingPort);
    if (housing === undefined) go();
    else housing.admit(unit, place, go);
  }

  /** The present units that follow `leader`. */
  private followers(leader: ForceUnit): ForceUnit[] {
    return this.units.filter((f) => f.present && f.unit.follows === leader.unit.id);
  }

  /**
   * Adds a unit deployed by plan, once its base can house it: at its own base, or, when it
   * follows a unit present in the mission, at that unit's base.
   */
  deploy(unit: Unit): void {
    const leader = unit.follows === undefined ? undefined : this.byId.get(unit.follows);
    const base = leader?.present === true ? leader.base : unit.base;
    this.admit(unit, base, () => {
      this.rt.trace?.(this.rt.env.now, `force: ${unit.id} arrives at ${base}`);
      this.emit(this.add(unit, base), 'arrived');
    });
  }

  setStrength(u: ForceUnit, strength: number, absent: boolean): void {
    if (u.strength === strength && u.absent === absent) return;
    u.strength = strength;
    u.absent = absent;
    this.emit(u, 'strength');
  }

  /** A unit leaves the mission. */
  repatriate(id: string): void {
    const u = this.must(id);
    u.present = false;
    this.emit(u, 'left');
  }

  /**
   * A unit (and the units following it) moves to `to`, once `to` can house it; unavailable for
   * `days` on the way. Its base is its destination from departure on.
   */
  transfer(id: string, to: string, days: number, stepId: string): void {
    const u = this.must(id);
    this.admit(u.unit, to, () => {
      for (const m of [u, ...this.followers(u)]) this.move(m, to, days, stepId);
    });
  }

  private move(u: ForceUnit, to: string, days: number, stepId: string): void {
    u.moving = true;
    u.base = to;
    this.emit(u, 'departed');
    this.rt.env.timeout(days * HOURS_PER_DAY).addCallback(() => {
      this.rt.trace?.(this.rt.env.now, `plan ${stepId}: ${u.unit.id} arrives at ${to}`);
      u.moving = false;
      this.emit(u, 'moved');
    });
  }

  /** Units move in to garrison the base at `place`; they return home when it closes. */
  garrison(ids: readonly string[], place: string, days: number, stepId: string): void {
    for (const id of ids) {
      const u = this.must(id);
      if (!u.present) continue;
      u.home ??= u.base;
      this.transfer(id, place, days, stepId);
    }
  }

  /** The base at `place` closes: its garrison returns home. */
  closeBase(place: string, days: number, stepId: string): void {
    for (const u of this.units) {
      if (!u.present || u.base !== place || u.home === null) continue;
      const home = u.home;
      u.home = null;
      this.transfer(u.unit.id, home, days, stepId);
    }
  }

  private must(id: string): ForceUnit {
    const u = this.byId.get(id);
    if (u === undefined) throw new Error(`unknown unit '${id}' in the force`);
    return u;
  }
}

/** Moves a unit, and the units following it, to `to` in the validation replay. */
function moveInReplay(ctx: PlanCheckContext, unit: string, to: string): void {
  ctx.state.units.set(unit, to);
  for (const [id, def] of ctx.state.definitions) {
    if (def.follows === unit && ctx.state.units.has(id)) ctx.state.units.set(id, to);
  }
}

function unitThere(ctx: PlanCheckContext, unit: string, path: string): boolean {
  if (ctx.state.units.has(unit)) return true;
  ctx.issues.add(
    path,
    `expected the id of a unit in the mission when the step takes effect (${ctx.when}), got ${JSON.stringify(unit)}`,
  );
  return false;
}

function baseOpen(ctx: PlanCheckContext, place: string, path: string): boolean {
  if (ctx.state.places.get(place)?.base === true) return true;
  ctx.issues.add(
    path,
    `expected the id of a place holding a base when the step takes effect (${ctx.when}), got ${JSON.stringify(place)}`,
  );
  return false;
}

/** Checks that a unit carries aircraft exactly when it is a helicopter unit. */
export function checkAircraft(
  unit: Unit,
  path: string,
  issues: { add(p: string, m: string): void },
): void {
  if (unit.kind === 'helicopter-unit' && unit.aircraft === undefined) {
    issues.add(
      `${path}.aircraft`,
      'required field is missing (expected the aircraft of a helicopter unit)',
    );
  } else if (unit.kind !== 'helicopter-unit' && unit.aircraft !== undefined) {
    issues.add(
      `${path}.aircraft`,
      `expected no aircraft on a unit of kind ${JSON.stringify(unit.kind)}, got an object`,
    );
  }
}

const action = defineAction<ForceDynamics>();

const transferUnit = action({
  kind: 'transfer-unit',
  summary: 'Move a unit to another base; it is unavailable while moving.',
  schema: z
    .strictObject({
      kind: z.literal('transfer-unit'),
      unit: idSchema,
      to: idSchema,
      movementDays: sourcedNumber('nonNegative'),
    })
    .readonly(),
  check(a, ctx) {
    const known = unitThere(ctx, a.unit, `${ctx.path}.unit`);
    baseOpen(ctx, a.to, `${ctx.path}.to`);
    if (known) moveInReplay(ctx, a.unit, a.to);
  },
  apply(a, force, { step }) {
    force.transfer(a.unit, a.to, a.movementDays.value, step.id);
  },
});

const deployUnit = action({
  kind: 'deploy-unit',
  summary: 'A new unit arrives (a contingent, a helicopter unit, a surgical team).',
  schema: z.strictObject({ kind: z.literal('deploy-unit'), unit: unitSchema }).readonly(),
  check(a, ctx) {
    const path = `${ctx.path}.unit`;
    if (ctx.state.everUnits.has(a.unit.id)) {
      ctx.issues.add(
        `${path}.id`,
        `expected a unit id not used before, got ${JSON.stringify(a.unit.id)}`,
      );
    }
    baseOpen(ctx, a.unit.base, `${path}.base`);
    checkAircraft(a.unit, path, ctx.issues);
    let base = a.unit.base;
    if (a.unit.follows !== undefined) {
      const leader = ctx.state.units.get(a.unit.follows);
      if (leader === undefined) {
        ctx.issues.add(
          `${path}.follows`,
          `expected the id of a unit in the mission when the step takes effect (${ctx.when}), got ${JSON.stringify(a.unit.follows)}`,
        );
      } else {
        base = leader;
      }
    }
    ctx.state.everUnits.add(a.unit.id);
    ctx.state.definitions.set(a.unit.id, a.unit);
    ctx.state.units.set(a.unit.id, base);
  },
  apply(a, force) {
    force.deploy(a.unit);
  },
});

const repatriateUnit = action({
  kind: 'repatriate-unit',
  summary: 'A unit leaves the mission.',
  schema: z.strictObject({ kind: z.literal('repatriate-unit'), unit: idSchema }).readonly(),
  check(a, ctx) {
    unitThere(ctx, a.unit, `${ctx.path}.unit`);
    ctx.state.units.delete(a.unit);
  },
  apply(a, force) {
    force.repatriate(a.unit);
  },
});

const garrisonSchema = z
  .strictObject({
    /** Ids of the units that move in (with the units following them). */
    units: z.array(idSchema).min(1, { error: 'expected at least one unit id' }).readonly(),
    /** Days on the way, unavailable, each way. */
    movementDays: sourcedNumber('nonNegative'),
  })
  .readonly();

const openBase = action({
  kind: 'open-base',
  summary:
    'The mission opens a base at a place (a new place, or an existing one without a base); its garrison units move in and respond from there.',
  schema: z
    .strictObject({
      kind: z.literal('open-base'),
      place: placeSchema,
      garrison: garrisonSchema.exactOptional(),
    })
    .readonly(),
  check(a, ctx) {
    const { id, sector } = a.place;
    if (sector !== undefined && !ctx.scenario.mission.sectors.some((s) => s.id === sector)) {
      ctx.issues.add(
        `${ctx.path}.place.sector`,
        `expected the id of a sector, got ${JSON.stringify(sector)}`,
      );
    }
    if (ctx.state.places.get(id)?.base === true) {
      ctx.issues.add(
        `${ctx.path}.place.id`,
        `expected a place without a base when the step takes effect (${ctx.when}), got ${JSON.stringify(id)}`,
      );
    }
    ctx.state.places.set(id, sector === undefined ? { base: true } : { base: true, sector });
    a.garrison?.units.forEach((unit, k) => {
      const from = ctx.state.units.get(unit);
      if (!unitThere(ctx, unit, `${ctx.path}.garrison.units[${k}]`) || from === undefined) return;
      ctx.state.homes.set(unit, from);
      moveInReplay(ctx, unit, id);
    });
  },
  apply(a, force, { rt, step }) {
    rt.world.addPlace({ ...a.place, base: true });
    if (a.garrison !== undefined) {
      force.garrison(a.garrison.units, a.place.id, a.garrison.movementDays.value, step.id);
    }
  },
});

const closeBase = action({
  kind: 'close-base',
  summary:
    'The mission closes its base at a place: the garrison an open-base step moved in returns to where it came from; other units must have moved first.',
  schema: z
    .strictObject({
      kind: z.literal('close-base'),
      place: idSchema,
      /** Days the returning garrison is on the way (0 when absent). */
      movementDays: sourcedNumber('nonNegative').exactOptional(),
    })
    .readonly(),
  check(a, ctx) {
    if (!baseOpen(ctx, a.place, `${ctx.path}.place`)) return;
    for (const [unit, home] of [...ctx.state.homes]) {
      if (ctx.state.units.get(unit) !== a.place) continue;
      ctx.state.homes.delete(unit);
      moveInReplay(ctx, unit, home);
    }
    const left = [...ctx.state.units].filter(([, b]) => b === a.place).map(([u]) => u);
    if (left.length > 0) {
      const shown = left
        .slice(0, 5)
        .map((u) => JSON.stringify(u))
        .join(', ');
      ctx.issues.add(
        `${ctx.path}.place`,
        `expected an empty base (move or repatriate its units first), got ${left.length} unit(s) still based at ${JSON.stringify(a.place)}: ${shown}`,
      );
    }
    const prev = ctx.state.places.get(a.place);
    ctx.state.places.set(a.place, { ...prev, base: false });
  },
  apply(a, force, { rt, step }) {
    force.closeBase(a.place, a.movementDays?.value ?? 0, step.id);
    rt.world.place(a.place).base = false;
  },
});

/** The force capability: units, bases and the plan actions that move them. */
export const force = defineCapability({
  id: 'force',
  title: 'Force',
  summary:
    'Where each unit is and whether it can be tasked; which places hold a base; transfers, deployments, repatriations, bases opened and closed.',
  actions: [transferUnit, deployUnit, repatriateUnit, openBase, closeBase],
  provides: [ForcePort],
  check({ scenario, issues }) {
    const places = new Map(scenario.mission.places.map((p) => [p.id, p]));
    scenario.mission.units.forEach((u, i) => {
      const path = `mission.units[${i}]`;
      if (places.get(u.base)?.base !== true) {
        issues.add(
          `${path}.base`,
          `expected the id of a mission place holding a base, got ${JSON.stringify(u.base)}`,
        );
      }
      checkAircraft(u, path, issues);
      if (u.follows !== undefined && !scenario.mission.units.some((l) => l.id === u.follows)) {
        issues.add(
          `${path}.follows`,
          `expected the id of a unit of the mission, got ${JSON.stringify(u.follows)}`,
        );
      }
    });
  },
  start(rt, ports) {
    const f = new ForceDynamics(rt, ports);
    ports.provide(ForcePort, f);
    return f;
  },
});
