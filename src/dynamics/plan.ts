/**
 * Applies a plan's steps at their dates. A step takes effect at the later of its own date and
 * the effective dates of the steps it comes `after` (so delaying the Mopti camp expansion
 * delays what it houses). Steps at the same time apply in plan order.
 *
 * @module
 */

import { InvalidArgumentError } from '../errors.js';
import type { ModelParameters } from '../model/parameters.js';
import type { PlanStep } from '../model/plan.js';
import { resolveParameterPath } from '../scenario/paths.js';
import type { AviationDynamics } from './aviation.js';
import { HOURS_PER_DAY } from './calendar.js';
import type { CasevacDynamics } from './casevac.js';
import type { FleetDynamics } from './fleet.js';
import type { ResponseDynamics } from './response.js';
import type { Runtime } from './runtime.js';

/** Effective simulation hour of every step (by id), resolving `after` dependencies. */
export function effectiveHours(
  steps: readonly PlanStep[],
  hoursAt: (date: string) => number,
): Map<string, number> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const out = new Map<string, number>();
  const visiting = new Set<string>();
  const resolve = (s: PlanStep): number => {
    const known = out.get(s.id);
    if (known !== undefined) return known;
    if (visiting.has(s.id))
      throw new Error(`plan step '${s.id}' depends on itself through 'after'`);
    visiting.add(s.id);
    let t = hoursAt(s.date);
    for (const dep of s.after ?? []) {
      const d = byId.get(dep);
      if (d !== undefined) t = Math.max(t, resolve(d));
    }
    visiting.delete(s.id);
    out.set(s.id, t);
    return t;
  };
  for (const s of steps) resolve(s);
  return out;
}

/**
 * A copy of `params` with the Sourced number at `path` set to `value`. Paths are resolved exactly
 * as the validator resolves them (`resolveParameterPath`: array elements by index or by `id`);
 * throws if the path does not end at a Sourced number.
 */
export function withParameter(
  params: ModelParameters,
  path: string,
  value: number,
): ModelParameters {
  const copy = structuredClone(params);
  const resolved = resolveParameterPath(copy, path);
  if (resolved === undefined || typeof resolved.sourced.value !== 'number') {
    throw new InvalidArgumentError('path', 'a parameter path ending at a sourced number', path);
  }
  (resolved.sourced as { value: number }).value = value;
  return copy;
}

/** The dynamics a plan step can act on. */
export interface PlanTargets {
  readonly fleet: FleetDynamics;
  readonly aviation: AviationDynamics;
  readonly casevac: CasevacDynamics;
  readonly response: ResponseDynamics;
}

/** Schedules every step of the scenario's plan. */
export function schedulePlan(rt: Runtime, parts: PlanTargets): void {
  const env = rt.env;
  const when = effectiveHours(rt.scenario.plan, (d) => rt.calendar.hoursAt(d));
  const ordered = rt.scenario.plan
    .map((step, index) => ({ step, index, at: Math.max(0, when.get(step.id)!) }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  for (const { step, at } of ordered) {
    // Day the step took effect; NaN when it falls beyond the horizon.
    rt.metrics.set(`plan.appliedDay.${step.id}`, Number.NaN);
    if (at >= rt.horizonHours) continue;
    env.timeout(at).addCallback(() => applyStep(rt, step, parts));
  }
}

function applyStep(rt: Runtime, step: PlanStep, parts: PlanTargets): void {
  const a = step.action;
  rt.trace?.(rt.env.now, `plan ${step.id}: ${a.kind}`);
  rt.metrics.set(`plan.appliedDay.${step.id}`, rt.env.now / HOURS_PER_DAY);
  switch (a.kind) {
    case 'transfer-unit': {
      parts.response.setAway(a.unit, true);
      const days = a.movementDays.value;
      rt.env.timeout(days * HOURS_PER_DAY).addCallback(() => {
        rt.trace?.(rt.env.now, `plan ${step.id}: ${a.unit} arrives at ${a.to}`);
        parts.response.setAway(a.unit, false, a.to);
        parts.aviation.moveUnit(a.unit, a.to);
      });
      return;
    }
    case 'deploy-unit':
      parts.response.addUnit(a.unit);
      parts.aviation.addUnit(a.unit);
      return;
    case 'repatriate-unit':
      parts.response.setAway(a.unit, true);
      parts.aviation.removeUnit(a.unit);
      return;
    case 'open-base':
      rt.world.addPlace({ ...a.place, base: true });
      return;
    case 'close-base':
      rt.world.place(a.place).base = false;
      return;
    case 'deliver-vehicles':
      parts.fleet.deliver(
        a.sector,
        Math.round(a.count.value),
        a.mineProtected,
        a.replacesWrittenOff,
      );
      return;
    case 'add-surgical-teams':
      parts.casevac.addTeams(a.facility, Math.round(a.teams.value));
      return;
    case 'set-parameter':
      rt.params = withParameter(rt.params, a.path, a.value);
      return;
    case 'milestone':
      return;
  }
}
