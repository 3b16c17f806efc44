/**
 * Applies a plan's steps at their dates. A step takes effect at the later of its own date and
 * the effective dates of the steps it comes `after` (so delaying the Mopti camp expansion
 * delays what it houses). Steps at the same time apply in plan order.
 *
 * @module
 */
import type { ModelParameters } from '../model/parameters.js';
import type { PlanStep } from '../model/plan.js';
import { isSourced } from '../model/provenance.js';
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

/** Splits a parameter path (`ied.mitigations[0].detectionMultiplier`) into keys. */
export function parsePath(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((k) => k.length > 0)
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/** A copy of `params` with the Sourced number at `path` set to `value`; throws if the path does not end at one. */
export function withParameter(
  params: ModelParameters,
  path: string,
  value: number,
): ModelParameters {
  const copy = structuredClone(params) as unknown as Record<string | number, unknown>;
  let node: unknown = copy;
  for (const k of parsePath(path)) {
    if (typeof node !== 'object' || node === null)
      throw new Error(`parameter path '${path}' does not exist`);
    node = (node as Record<string | number, unknown>)[k];
  }
  if (!isSourced(node) || typeof node.value !== 'number') {
    throw new Error(`parameter path '${path}' does not end at a sourced number`);
  }
  (node as { value: number }).value = value;
  return copy as unknown as ModelParameters;
}

/** Schedules every step of the scenario's plan. */
export function schedulePlan(
  rt: Runtime,
  parts: {
    fleet: FleetDynamics;
    aviation: AviationDynamics;
    casevac: CasevacDynamics;
    response: ResponseDynamics;
  },
): void {
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

function applyStep(
  rt: Runtime,
  step: PlanStep,
  parts: {
    fleet: FleetDynamics;
    aviation: AviationDynamics;
    casevac: CasevacDynamics;
    response: ResponseDynamics;
  },
): void {
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
