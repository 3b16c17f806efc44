/**
 * The parameters of force generation and rotations (`scenario.parameters.rotations`): tours,
 * quarantine, the rotation airlift, COVID-19 among rotating personnel, the Council's ceilings,
 * individually deployed officers, capability requirements, past suspensions (history that shapes
 * the state on the start date) and what is known of each contingent.
 *
 * @module
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, parameter, sourcedNumber } from '../../model/fields.js';
import { sourcedSchema, sourceSchema, textSchema } from '../../model/provenance.js';

/**
 * What is known of one unit's contingent: its contributing country and, where public or assumed
 * on purpose, its tour, the date its current personnel arrived, and its handover overlap. A unit
 * without an entry takes the defaults (tour `tourDays`, a rotation date drawn uniformly over the
 * tour before the start, overlap `handoverOverlapDays`).
 */
export const contingentSchema = z
  .strictObject({
    /** Id of a unit of the mission, or of one a plan deploys or pledges. */
    unit: idSchema,
    /** The contributing country, with where that comes from. */
    contributor: sourcedSchema(textSchema).exactOptional(),
    /** Length of its tours, in days (12 months for most contingents, 6 for some). */
    tourDays: sourcedNumber('positive').exactOptional(),
    /** Date its current personnel arrived (the start of the tour under way at the start date). */
    lastRotation: sourcedSchema(isoDateSchema).exactOptional(),
    /** Days the outgoing personnel stay after their replacements land. */
    handoverOverlapDays: sourcedNumber('nonNegative').exactOptional(),
  })
  .readonly();
/** What is known of one unit's contingent. */
export type Contingent = z.infer<typeof contingentSchema>;

/**
 * A suspension of rotations before the start date: history that shapes the state on the start
 * date (tours that ended during it were extended, and those units are due at the start).
 */
export const pastSuspensionSchema = z
  .strictObject({
    /** First day of the suspension. */
    from: isoDateSchema,
    /** Last day of the suspension (rotations resume the next day). */
    until: isoDateSchema,
    source: sourceSchema,
  })
  .readonly();
/** A suspension of rotations before the start date. */
export type PastSuspension = z.infer<typeof pastSuspensionSchema>;

/** Parameters of force generation and rotations (`scenario.parameters.rotations`). */
export const rotationsParametersSchema = z
  .strictObject({
    /** Tour of a contingent without its own, in days. */
    tourDays: parameter('positive', {
      label: 'Tour of duty of a contingent',
      unit: 'days',
      plausible: [180, 365],
    }),
    /** Quarantine of incoming personnel on arrival in the mission area, in days. */
    quarantineDays: parameter('nonNegative', {
      label: 'Quarantine on arrival',
      unit: 'days',
      plausible: [7, 14],
    }),
    /** Days outgoing personnel stay after their replacements land (0: they leave on the same aircraft). */
    handoverOverlapDays: parameter('nonNegative', {
      label: 'Handover overlap of outgoing personnel',
      unit: 'days',
      plausible: [0, 14],
    }),
    /** Seats of one rotation flight. */
    flightSeats: parameter('positiveCount', {
      label: 'Seats on a rotation flight',
      unit: 'personnel',
      plausible: [150, 350],
    }),
    /** Rotation flights the mission can receive a week, when nothing restricts them. */
    flightsPerWeek: parameter('positive', {
      label: 'Rotation flights a week',
      unit: 'flights per week',
      plausible: [1, 6],
    }),
    /** Share of its establishment a unit needs fit for duty to be tasked (respond, escort, fly). */
    minimumShareToTask: parameter('fraction', {
      label: 'Share of a unit fit for duty needed to task it',
      unit: 'share',
      plausible: [0.3, 0.7],
    }),
    /** Share of an overdue contingent (past its tour) not fit for duty: fatigue, sickness, leave. */
    overdueUnfitShare: parameter('fraction', {
      label: 'Unfit share of a contingent past its tour',
      unit: 'share',
      plausible: [0, 0.15],
    }),
    /** COVID-19 among incoming personnel. */
    covid: z
      .strictObject({
        /** Probability that an incoming person is a case found during the quarantine. */
        caseProbability: parameter('fraction', {
          label: 'COVID-19 case probability per incoming person',
          unit: 'probability',
          plausible: [0.002, 0.03],
        }),
        /** Days from landing to a case's positive test (sampling and laboratory turnaround). */
        detectionDays: parameter('nonNegative', {
          label: 'Days from arrival to a positive test',
          unit: 'days',
          plausible: [1, 10],
        }),
        /** Days a case is isolated from its positive test. */
        isolationDays: parameter('nonNegative', {
          label: 'Isolation of a case',
          unit: 'days',
          plausible: [10, 21],
        }),
        /** Contacts in the same flight whose quarantine restarts at a case's positive test. */
        contactsPerCase: parameter('nonNegative', {
          label: 'Contacts quarantined again per case',
          unit: 'personnel',
          plausible: [2, 10],
        }),
      })
      .readonly(),
    /** The Security Council's ceilings. */
    ceilings: z
      .strictObject({
        military: parameter('count', {
          label: 'Authorised military personnel',
          unit: 'personnel',
          plausible: [11000, 16000],
        }),
        police: parameter('count', {
          label: 'Authorised police personnel',
          unit: 'personnel',
          plausible: [1400, 2500],
        }),
      })
      .readonly(),
    /** Personnel deployed individually (not in units), counted against the ceilings. */
    individualOfficers: z
      .strictObject({
        military: parameter('count', {
          label: 'Staff officers and military observers',
          unit: 'personnel',
          plausible: [300, 600],
        }),
        police: parameter('count', {
          label: 'Individual police officers',
          unit: 'personnel',
          plausible: [200, 450],
        }),
      })
      .readonly(),
    /** Levels below which a capability counts as short, for the capability-gap calendar. */
    requirements: z
      .strictObject({
        militaryHelicopters: parameter('count', {
          label: 'Helicopters the military component needs to task',
          unit: 'aircraft',
          plausible: [4, 12],
        }),
      })
      .readonly(),
    /** Suspensions of rotations before the start date (history). */
    pastSuspensions: z.array(pastSuspensionSchema).readonly(),
    /** What is known of the contingents. */
    contingents: z.array(contingentSchema).readonly(),
  })
  .readonly();

/** Parameters of force generation and rotations. */
export type RotationsParameters = z.infer<typeof rotationsParametersSchema>;
