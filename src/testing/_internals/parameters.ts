/**
 * Random, valid model parameters for generated scenarios, derived from the parameters schema the
 * capabilities declare: every declared parameter is drawn from its plausible range widened by
 * half its width on each side (clipped to its domain: fractions stay in [0, 1], counts are
 * integers, hours of day stay in [0, 24]); a distribution parameter is a non-negative
 * distribution with its mean in that band. What the schema cannot express is stated here: the
 * fleet's starting split is the mission's, counter-IED mitigations are one generated
 * mitigation or none, and other lists (data about the mission's entities, such as contingents)
 * are empty.
 *
 * @module
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { type ModelParameters, missionFormat } from '../../dynamics/format.js';
import type { Mitigation } from '../../dynamics/threat.js';
import { addDays } from '../../model/dates.js';
import { type ParameterInfo, parameterInfo } from '../../model/fields.js';
import type { Mission } from '../../model/mission.js';
import type { DistributionSpec } from '../../random/spec.js';
import { GENERATED, gen, genSpec } from './generated.js';

const hundredths = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

/** A non-negative distribution with its mean (roughly) in [min, max]. */
function positiveSpec(min: number, max: number): fc.Arbitrary<DistributionSpec> {
  const pos = Math.max(min, 0.01);
  const hi = Math.max(max, pos);
  return fc.oneof(
    hundredths(min, hi).map((value): DistributionSpec => ({ dist: 'constant', value })),
    hundredths(pos, hi).map((mean): DistributionSpec => ({ dist: 'exponential', mean })),
    fc
      .tuple(hundredths(pos, hi), hundredths(0, hi / 2))
      .map(([mean, sd]): DistributionSpec => ({ dist: 'lognormal', mean, sd })),
    fc
      .tuple(hundredths(min, hi), hundredths(0, hi))
      .map(([a, w]): DistributionSpec => ({ dist: 'uniform', min: a, max: a + w })),
  );
}

interface NumberBounds {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** The bounds of the `value` of a declared numeric parameter, from its zod checks. */
function boundsOf(schema: z.ZodType): NumberBounds {
  let node = schema;
  for (;;) {
    const def = node._zod.def as {
      type: string;
      innerType?: z.ZodType;
      shape?: Record<string, z.ZodType>;
    };
    if (def.type === 'readonly' && def.innerType !== undefined) node = def.innerType;
    else if (def.type === 'object' && def.shape?.value !== undefined) node = def.shape.value;
    else break;
  }
  const accepts = (x: number) => node.safeParse(x).success;
  const n = node as unknown as {
    minValue?: number | null;
    maxValue?: number | null;
    isInt?: boolean;
  };
  const min = n.minValue ?? Number.NEGATIVE_INFINITY;
  return {
    // An exclusive minimum (a positive number): the least hundredth above it.
    min: Number.isFinite(min) && !accepts(min) ? min + 0.01 : min,
    max: n.maxValue ?? Number.POSITIVE_INFINITY,
    integer: n.isInt === true,
  };
}

/** A generated value for a declared parameter (see the module doc). */
function arbDeclared(schema: z.ZodType, info: ParameterInfo, path: string): fc.Arbitrary<unknown> {
  if (info.plausible === undefined) {
    throw new TypeError(
      `declared parameter ${path} has no plausible range to generate values from`,
    );
  }
  const [lo, hi] = info.plausible;
  const wide = [lo - (hi - lo) / 2, hi + (hi - lo) / 2] as const;
  if (info.distribution === true) return positiveSpec(Math.max(0, wide[0]), wide[1]).map(genSpec);
  const b = boundsOf(schema);
  const min = Math.max(b.min, wide[0]);
  const max = Math.min(b.max, wide[1]);
  if (b.integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).map(gen);
  return hundredths(min, max).map(gen);
}

/** Random valid parameters for `mission`, over a scenario starting `startDate` for `horizonDays`. */
export function arbParameters(
  mission: Mission,
  startDate: string,
  horizonDays: number,
): fc.Arbitrary<ModelParameters> {
  const fleet = mission.armouredFleet;
  const mitigation: fc.Arbitrary<Mitigation> = fc
    .record({
      day: fc.integer({ min: 0, max: horizonDays }),
      onFirstRoute: fc.boolean(),
      detection: hundredths(1, 2),
      damage: hundredths(0.3, 1),
      speed: hundredths(0.5, 1),
    })
    .map((m) => ({
      id: 'generated-mitigation',
      name: 'Generated mitigation',
      start: addDays(startDate, m.day),
      ...(m.onFirstRoute && mission.routes[0] !== undefined
        ? { routes: [mission.routes[0].id] }
        : {}),
      detectionMultiplier: gen(m.detection),
      damageMultiplier: gen(m.damage),
      speedMultiplier: gen(m.speed),
      source: { kind: 'assumption', rationale: GENERATED },
    }));
  /** The arbitrary of a schema node: declared parameters drawn, objects recursed. */
  const build = (schema: z.ZodType, path: string): fc.Arbitrary<unknown> => {
    const info = parameterInfo(schema);
    if (info !== undefined) return arbDeclared(schema, info, path);
    if (path === 'ied.mitigations') return fc.array(mitigation, { maxLength: 1 });
    // Other lists are data about the mission's entities, not parameters: generated empty.
    if ((schema._zod.def as { type: string }).type === 'array') return fc.constant([]);
    const def = schema._zod.def as {
      type: string;
      innerType?: z.ZodType;
      shape?: Record<string, z.ZodType>;
    };
    // An optional section (a capability that does nothing without it) is generated present.
    if ((def.type === 'readonly' || def.type === 'optional') && def.innerType !== undefined)
      return build(def.innerType, path);
    if (def.type === 'object' && def.shape !== undefined) {
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, child] of Object.entries(def.shape)) {
        fields[k] = build(child, path === '' ? k : `${path}.${k}`);
      }
      return fc.record(fields);
    }
    throw new TypeError(`no generator for parameters.${path} (a ${def.type})`);
  };
  return build(missionFormat.parameters as z.ZodType, '').map((generated) => {
    const p = generated as ModelParameters;
    // The schema cannot say it: the starting split is the mission's own.
    return {
      ...p,
      fleet: {
        ...p.fleet,
        initial: {
          inDailyUse: gen(fleet.inDailyUse.value),
          inMaintenance: gen(fleet.inMaintenance.value),
          awaitingReplacement: gen(fleet.awaitingReplacement.value),
        },
      },
    };
  });
}
