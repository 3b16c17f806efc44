/**
 * The plan actions of rotations, each with its check and its effect:
 *
 * - `suspend-rotations`: no rotation flight for `durationDays` (COVID-19, March–June 2020): tours
 *   that end meanwhile are extended, deployments wait;
 * - `restrict-rotations`: rotation flights at `flightShare` of their capacity for `durationDays`
 *   (travel restrictions, e.g. the ECOWAS sanctions of August–October 2020);
 * - `pledge-unit`: a contributor pledges a unit when it is requested (`requestedOn`); with
 *   probability `probability` it is ready after `leadDays` and deploys at the later of that and
 *   the step's effective date (a step `after` a camp milestone waits for the camp); otherwise it
 *   never comes. Its personnel then fly in and quarantine like any deployment.
 *
 * @module
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, sourcedNumber } from '../../model/fields.js';
import { unitSchema } from '../../model/mission.js';
import { sourcedSchema } from '../../model/provenance.js';
import { nonNegativeDistributionSpecSchema } from '../../random/spec.js';
import { defineAction } from '../capability.js';
import { checkAircraft } from '../force.js';
import type { RotationsDynamics } from './dynamics.js';

const action = defineAction<RotationsDynamics>();

/** Suspends rotation flights for a period. */
export const suspendRotations = action({
  kind: 'suspend-rotations',
  summary:
    'Rotation and deployment flights stop for a period: tours that end meanwhile are extended, deployments wait.',
  schema: z
    .strictObject({
      kind: z.literal('suspend-rotations'),
      durationDays: sourcedNumber('positive'),
    })
    .readonly(),
  apply(a, live) {
    live.suspend(a.durationDays.value);
  },
});

/** Lowers rotation flight capacity for a period. */
export const restrictRotations = action({
  kind: 'restrict-rotations',
  summary: 'Rotation flights run at a share of their capacity for a period (travel restrictions).',
  schema: z
    .strictObject({
      kind: z.literal('restrict-rotations'),
      durationDays: sourcedNumber('positive'),
      /** Share of the normal rotation flights that still fly. */
      flightShare: sourcedNumber('fraction'),
    })
    .readonly(),
  check(a, ctx) {
    if (a.flightShare.value <= 0) {
      ctx.issues.add(
        `${ctx.path}.flightShare.value`,
        `expected a share above 0 (use suspend-rotations to stop flights), got ${a.flightShare.value}`,
      );
    }
  },
  apply(a, live) {
    live.restrict(a.durationDays.value, a.flightShare.value);
  },
});

/** A unit pledged by a contributor, which may come late or never. */
export const pledgeUnit = action({
  kind: 'pledge-unit',
  summary:
    'A contributor pledges a unit: with a probability it is ready after a lead time from the request and deploys (not before the step takes effect); otherwise it never comes.',
  schema: z
    .strictObject({
      kind: z.literal('pledge-unit'),
      unit: unitSchema,
      /** Date the unit was requested from contributors: the lead time runs from it. */
      requestedOn: isoDateSchema,
      /** Days from the request to the unit ready to deploy. */
      leadDays: sourcedSchema(nonNegativeDistributionSpecSchema),
      /** Probability that the pledge is honoured at all. */
      probability: sourcedNumber('fraction'),
      /** Id of the unit it replaces (its gap is reported in months). */
      replaces: idSchema.exactOptional(),
    })
    .readonly(),
  check(a, ctx) {
    const path = `${ctx.path}.unit`;
    if (ctx.state.everUnits.has(a.unit.id)) {
      ctx.issues.add(
        `${path}.id`,
        `expected a unit id not used before, got ${JSON.stringify(a.unit.id)}`,
      );
    }
    if (ctx.state.places.get(a.unit.base)?.base !== true) {
      ctx.issues.add(
        `${path}.base`,
        `expected the id of a place holding a base when the step takes effect (${ctx.when}), got ${JSON.stringify(a.unit.base)}`,
      );
    }
    checkAircraft(a.unit, path, ctx.issues);
    if (a.requestedOn > ctx.when) {
      ctx.issues.add(
        `${ctx.path}.requestedOn`,
        `expected a date on or before the step's date (${ctx.when}), got ${JSON.stringify(a.requestedOn)}`,
      );
    }
    if (a.requestedOn < ctx.scenario.startDate) {
      ctx.issues.add(
        `${ctx.path}.requestedOn`,
        `expected a date on or after the scenario's startDate (${ctx.scenario.startDate}), got ${JSON.stringify(a.requestedOn)}`,
      );
    }
    if (a.replaces !== undefined && !ctx.state.everUnits.has(a.replaces)) {
      ctx.issues.add(
        `${ctx.path}.replaces`,
        `expected the id of a unit of the mission, got ${JSON.stringify(a.replaces)}`,
      );
    }
    // A pledged unit may never come: later steps cannot act on it, so it is not added to the
    // units in the mission, only to the ids in use.
    ctx.state.everUnits.add(a.unit.id);
  },
  apply(a, live, { step }) {
    live.pledge(step.id, a.unit);
  },
});
