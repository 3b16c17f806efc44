/**
 * The structural schema of a {@link Scenario}, in zod 4: types, required fields, finite numbers
 * in their domain (positive lengths, fractions in [0, 1], non-negative integer counts), real ISO
 * dates, kebab-case ids, and strict objects (an unknown key is an error). Cross-references,
 * sums and dates against the horizon are checked by `validateScenario`, not here.
 *
 * `z.infer<typeof scenarioSchema>` is exactly {@link Scenario} (checked by a type-level test),
 * and {@link scenarioJsonSchema} gives the JSON Schema that scenario files can reference.
 *
 * @module
 */
import { z } from 'zod';
import { SCENARIO_SCHEMA_VERSION, type Scenario } from './types.js';

/** Kebab-case id, optionally namespaced with colons: `gao`, `gao-labbezanga`, `route:gao-kidal`. */
export const KEBAB_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Longest id accepted. */
const MAX_ID = 120;
/** Longest free text accepted (quotes, rationales, descriptions). */
const MAX_TEXT = 20_000;

/** A kebab-case id. */
export const idSchema = z
  .string()
  .max(MAX_ID, { error: `expected an id of at most ${MAX_ID} characters` })
  .regex(KEBAB_ID_PATTERN, { error: 'expected a kebab-case id (e.g. "gao-labbezanga")' });

/** A real calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ error: 'expected a real date YYYY-MM-DD' });

/** A real calendar date `YYYY-MM-DD` or a month `YYYY-MM`. */
const isoDateOrMonthSchema = z.union([
  isoDateSchema,
  z
    .string()
    .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: 'expected a date YYYY-MM-DD or a month YYYY-MM' }),
]);

const text = z
  .string()
  .min(1, { error: 'expected a non-empty string' })
  .max(MAX_TEXT, { error: `expected at most ${MAX_TEXT} characters` });
const label = z.string().max(MAX_TEXT, { error: `expected at most ${MAX_TEXT} characters` });

const finite = z.number();
const positive = z.number().positive({ error: 'expected a positive number' });
const nonNegative = z.number().nonnegative({ error: 'expected a non-negative number' });
const fraction = z
  .number()
  .min(0, { error: 'expected a fraction in [0, 1]' })
  .max(1, { error: 'expected a fraction in [0, 1]' });
const count = z
  .number()
  .int({ error: 'expected a non-negative integer' })
  .nonnegative({ error: 'expected a non-negative integer' });
const positiveCount = z
  .number()
  .int({ error: 'expected a positive integer' })
  .positive({ error: 'expected a positive integer' });
const roadFactor = z.number().min(1, { error: 'expected a road factor >= 1' });
const hourOfDay = z
  .number()
  .min(0, { error: 'expected an hour of day in [0, 24]' })
  .max(24, { error: 'expected an hour of day in [0, 24]' });

// ---------------------------------------------------------------- provenance

const letterSourceSchema = z
  .strictObject({
    kind: z.literal('letter'),
    quote: text,
    section: text,
    figureId: text.exactOptional(),
  })
  .readonly();

const publicSourceSchema = z
  .strictObject({
    kind: z.literal('public'),
    reference: text,
    note: text.exactOptional(),
  })
  .readonly();

const assumptionSourceSchema = z
  .strictObject({
    kind: z.literal('assumption'),
    rationale: text,
    fitted: z.boolean().exactOptional(),
  })
  .readonly();

/** Where a number comes from: the letter, a public source, or a stated assumption. */
export const sourceSchema = z.discriminatedUnion('kind', [
  letterSourceSchema,
  publicSourceSchema,
  assumptionSourceSchema,
]);

const sourcedCache = new Map<z.ZodType, z.ZodType>();

/** A value with its source. The same value schema always gives the same Sourced schema. */
export function sourcedSchema<T extends z.ZodType>(value: T) {
  const make = () => z.strictObject({ value, source: sourceSchema }).readonly();
  const cached = sourcedCache.get(value) as ReturnType<typeof make> | undefined;
  if (cached !== undefined) return cached;
  const schema = make();
  sourcedCache.set(value, schema);
  return schema;
}

// ---------------------------------------------------------------- distributions

const spec = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape).readonly();

/**
 * A distribution spec (see `random/spec.ts`). The domains here document the format in the JSON
 * Schema; `validateScenario` reports problems with `validateSpec`, the single authority.
 */
export const distributionSpecSchema = z.discriminatedUnion('dist', [
  spec({ dist: z.literal('constant'), value: finite }),
  spec({ dist: z.literal('uniform'), min: finite, max: finite }),
  spec({ dist: z.literal('exponential'), mean: positive }),
  spec({ dist: z.literal('normal'), mean: finite, sd: nonNegative }),
  spec({ dist: z.literal('lognormal'), mean: positive, sd: nonNegative }),
  spec({ dist: z.literal('gamma'), shape: positive, scale: positive }),
  spec({ dist: z.literal('beta'), a: positive, b: positive }),
  spec({ dist: z.literal('triangular'), min: finite, mode: finite, max: finite }),
  spec({ dist: z.literal('weibull'), shape: positive, scale: positive }),
  spec({ dist: z.literal('poisson'), mean: nonNegative }),
  spec({
    dist: z.literal('empirical'),
    values: z.array(finite).min(1, { error: 'expected a non-empty array' }).readonly(),
  }),
]);

const sourcedSpec = sourcedSchema(distributionSpecSchema);

// ---------------------------------------------------------------- mission

const sectorSchema = z.strictObject({ id: idSchema, name: text, hq: idSchema }).readonly();

const locationSchema = z
  .strictObject({
    latDeg: z
      .number()
      .min(-90, { error: 'expected a latitude in [-90, 90]' })
      .max(90, { error: 'expected a latitude in [-90, 90]' }),
    lonDeg: z
      .number()
      .min(-180, { error: 'expected a longitude in [-180, 180]' })
      .max(180, { error: 'expected a longitude in [-180, 180]' }),
    source: sourceSchema,
  })
  .readonly();

/** A place: camp, temporary operating base, town, village, border crossing. */
export const placeSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    kind: z.enum([
      'headquarters',
      'camp',
      'temporary-operating-base',
      'town',
      'village',
      'border-crossing',
    ]),
    sector: idSchema.exactOptional(),
    location: locationSchema,
    base: z.boolean(),
    helipad: z.boolean(),
  })
  .readonly();

const routeSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    from: idSchema,
    via: z.array(idSchema).readonly().exactOptional(),
    to: idSchema,
    lengthKm: sourcedSchema(positive).exactOptional(),
    roadFactor: sourcedSchema(roadFactor).exactOptional(),
    surface: z.enum(['paved', 'laterite', 'track']),
    convoySpeedKmh: sourcedSchema(positive),
    movementsPerMonth: sourcedSchema(nonNegative),
    vehiclesPerMovement: sourcedSchema(positive),
    iedThreatWeight: sourcedSchema(nonNegative),
  })
  .readonly();

const aircraftSchema = z
  .strictObject({
    type: text,
    role: z.enum(['utility', 'attack', 'casualty-evacuation']),
    count: sourcedSchema(positiveCount),
    cruiseSpeedKmh: sourcedSchema(positive),
    nightCapable: z.boolean(),
    militaryTasking: z.boolean(),
  })
  .readonly();

/** A unit of the force or the police component. */
export const unitSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    kind: z.enum([
      'infantry',
      'mechanised-infantry',
      'base-defence',
      'special-forces',
      'quick-reaction-force',
      'rapid-reaction-force',
      'long-range-reconnaissance-patrol',
      'formed-police-unit',
      'helicopter-unit',
      'surgical-team',
      'explosive-ordnance-disposal',
      'engineer',
      'uav',
      'forward-command-post',
      'headquarters',
    ]),
    contributor: text.exactOptional(),
    strength: sourcedSchema(positiveCount),
    base: idSchema,
    capabilities: z
      .array(
        z.enum([
          'civilian-protection',
          'escort',
          'route-clearance',
          'air-lift',
          'casualty-evacuation',
          'surgery',
          'isr',
          'command',
        ]),
      )
      .readonly(),
    noticeToMoveMin: sourcedSchema(nonNegative).exactOptional(),
    aircraft: aircraftSchema.exactOptional(),
  })
  .readonly();

const sectorFleetSchema = z
  .strictObject({
    sector: idSchema,
    vehicles: sourcedSchema(count),
    workshopBays: sourcedSchema(count),
  })
  .readonly();

const armouredFleetSchema = z
  .strictObject({
    asOf: isoDateSchema,
    total: sourcedSchema(count),
    inDailyUse: sourcedSchema(count),
    inMaintenance: sourcedSchema(count),
    awaitingReplacement: sourcedSchema(count),
    bySector: z.array(sectorFleetSchema).readonly(),
    mineProtectedShare: sourcedSchema(fraction),
  })
  .readonly();

const medicalFacilitySchema = z
  .strictObject({
    id: idSchema,
    name: text,
    place: idSchema,
    role: z.literal([1, 2, 3]),
    surgicalTeams: sourcedSchema(count),
  })
  .readonly();

const iedRecordSchema = z
  .strictObject({
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    totalMali: sourcedSchema(count),
    againstMission: sourcedSchema(count),
    neutralised: sourcedSchema(count),
    detonated: sourcedSchema(count),
  })
  .readonly();

const incidentAreaSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    sector: idSchema,
    place: idSchema,
    threatsPerMonth: sourcedSchema(nonNegative),
    casualtyShare: sourcedSchema(fraction),
  })
  .readonly();

const operationSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    start: isoDateOrMonthSchema.exactOptional(),
    areas: z.array(idSchema).readonly(),
    purpose: label,
    source: sourceSchema,
  })
  .readonly();

/** A whole mission. */
export const missionSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    asOf: isoDateSchema,
    sectors: z.array(sectorSchema).readonly(),
    places: z.array(placeSchema).readonly(),
    routes: z.array(routeSchema).readonly(),
    units: z.array(unitSchema).readonly(),
    armouredFleet: armouredFleetSchema,
    helicopterMilitaryShare: sourcedSchema(fraction),
    medical: z.array(medicalFacilitySchema).readonly(),
    ied: iedRecordSchema,
    incidentAreas: z.array(incidentAreaSchema).readonly(),
    operations: z.array(operationSchema).readonly(),
  })
  .readonly();

// ---------------------------------------------------------------- plan

const actionSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('transfer-unit'),
      unit: idSchema,
      to: idSchema,
      movementDays: sourcedSchema(nonNegative),
    })
    .readonly(),
  z.strictObject({ kind: z.literal('deploy-unit'), unit: unitSchema }).readonly(),
  z.strictObject({ kind: z.literal('repatriate-unit'), unit: idSchema }).readonly(),
  z.strictObject({ kind: z.literal('open-base'), place: placeSchema }).readonly(),
  z.strictObject({ kind: z.literal('close-base'), place: idSchema }).readonly(),
  z
    .strictObject({
      kind: z.literal('deliver-vehicles'),
      sector: idSchema,
      count: sourcedSchema(positiveCount),
      mineProtected: z.boolean(),
      replacesWrittenOff: z.boolean(),
    })
    .readonly(),
  z
    .strictObject({
      kind: z.literal('add-surgical-teams'),
      facility: idSchema,
      teams: sourcedSchema(positiveCount),
    })
    .readonly(),
  z
    .strictObject({
      kind: z.literal('set-parameter'),
      path: z
        .string()
        .min(1, { error: 'expected a dotted parameter path' })
        .max(500, { error: 'expected a dotted parameter path' }),
      value: finite,
    })
    .readonly(),
  z.strictObject({ kind: z.literal('milestone') }).readonly(),
]);

/** One dated step of a plan. */
export const planStepSchema = z
  .strictObject({
    id: idSchema,
    title: text,
    date: isoDateSchema,
    status: z.enum(['done', 'in-progress', 'planned', 'delayed']),
    source: sourceSchema,
    dateSource: sourceSchema.exactOptional(),
    after: z.array(idSchema).readonly().exactOptional(),
    action: actionSchema,
  })
  .readonly();

// ---------------------------------------------------------------- parameters

const mitigationSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    start: isoDateSchema,
    routes: z.array(idSchema).readonly().exactOptional(),
    detectionMultiplier: sourcedSchema(nonNegative),
    damageMultiplier: sourcedSchema(nonNegative),
    speedMultiplier: sourcedSchema(positive),
    source: sourceSchema,
  })
  .readonly();

/** The parameters of the dynamics. */
export const parametersSchema = z
  .strictObject({
    fleet: z
      .strictObject({
        initial: z
          .strictObject({
            inDailyUse: sourcedSchema(count),
            inMaintenance: sourcedSchema(count),
            awaitingReplacement: sourcedSchema(count),
          })
          .readonly(),
        failuresPerVehicleYear: sourcedSchema(nonNegative),
        repairDays: sourcedSpec,
        beyondRepairShare: sourcedSchema(fraction),
        replacementLeadDays: sourcedSpec,
        readinessTargetShare: sourcedSchema(fraction),
      })
      .readonly(),
    aviation: z
      .strictObject({
        mtbfDays: sourcedSchema(positive),
        maintenanceDays: sourcedSpec,
        flyingHoursPerAirframeMonth: sourcedSchema(nonNegative),
        launchDelayMin: sourcedSpec,
        logisticsSortiesPerDay: sourcedSchema(nonNegative),
        logisticsSortieHours: sourcedSpec,
        reactionLiftsPerMonth: sourcedSchema(nonNegative),
        reactionLiftHours: sourcedSpec,
        daylightStartHour: sourcedSchema(hourOfDay),
        daylightEndHour: sourcedSchema(hourOfDay),
      })
      .readonly(),
    ied: z
      .strictObject({
        ratePriorShape: sourcedSchema(positive),
        ratePriorExposureKm: sourcedSchema(positive),
        detectionPriorA: sourcedSchema(positive),
        detectionPriorB: sourcedSchema(positive),
        damageGivenDetonation: sourcedSchema(fraction),
        beyondRepairGivenDamage: sourcedSchema(fraction),
        mineProtectedDamageFactor: sourcedSchema(fraction),
        casualtiesPerDetonation: sourcedSpec,
        neutralisationHours: sourcedSpec,
        mitigations: z.array(mitigationSchema).readonly(),
      })
      .readonly(),
    response: z
      .strictObject({
        noticeToMoveMin: sourcedSpec,
        onSceneHours: sourcedSpec,
        roadFactor: sourcedSchema(roadFactor),
        groundSpeedKmh: sourcedSchema(positive),
        airBoardingMin: sourcedSchema(nonNegative),
        followUpProbability: sourcedSchema(fraction),
        followUpMeanHours: sourcedSchema(positive),
      })
      .readonly(),
    casevac: z
      .strictObject({
        firstAidMin: sourcedSpec,
        loadingMin: sourcedSpec,
        surgeryHours: sourcedSpec,
        maxAirWaitMin: sourcedSchema(nonNegative),
        groundSpeedKmh: sourcedSchema(positive),
        firstAidTargetMin: sourcedSchema(positive),
        resuscitationTargetMin: sourcedSchema(positive),
        surgeryTargetMin: sourcedSchema(positive),
      })
      .readonly(),
  })
  .readonly();

/**
 * Paths (under `parameters`) of every distribution-valued parameter. Structural problems inside
 * them are reported by `validateSpec` rather than by zod, so each is reported once.
 */
export const DISTRIBUTION_PARAMETER_PATHS: readonly string[] = [
  'fleet.repairDays',
  'fleet.replacementLeadDays',
  'aviation.maintenanceDays',
  'aviation.launchDelayMin',
  'aviation.logisticsSortieHours',
  'aviation.reactionLiftHours',
  'ied.casualtiesPerDetonation',
  'ied.neutralisationHours',
  'response.noticeToMoveMin',
  'response.onSceneHours',
  'casevac.firstAidMin',
  'casevac.loadingMin',
  'casevac.surgeryHours',
];

/** Longest horizon accepted, in days (100 years). */
export const MAX_HORIZON_DAYS = 36_500;

/** The structural schema of a whole scenario. */
export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    name: idSchema,
    title: text,
    question: text,
    description: label.exactOptional(),
    startDate: isoDateSchema,
    horizonDays: z
      .number()
      .int({ error: 'expected a positive integer number of days' })
      .positive({ error: 'expected a positive integer number of days' })
      .max(MAX_HORIZON_DAYS, { error: `expected at most ${MAX_HORIZON_DAYS} days` }),
    mission: missionSchema,
    plan: z.array(planStepSchema).readonly(),
    parameters: parametersSchema,
  })
  .readonly();

/** The type the schema infers; identical to {@link Scenario}. */
export type ScenarioSchemaOutput = z.infer<typeof scenarioSchema>;

// Compile-time guard: the schema and the hand-written type agree both ways.
const _toScenario = (x: ScenarioSchemaOutput): Scenario => x;
const _fromScenario = (x: Scenario): ScenarioSchemaOutput => x;
void _toScenario;
void _fromScenario;

/**
 * The JSON Schema (draft 2020-12) of a scenario file, generated from {@link scenarioSchema}.
 * Zod's `readonly` markers are dropped: they describe the TypeScript type, not the file.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const names = z.registry<{ id: string }>();
  names.add(sourceSchema, { id: 'Source' });
  names.add(distributionSpecSchema, { id: 'DistributionSpec' });
  names.add(sourcedSpec, { id: 'SourcedDistributionSpec' });
  names.add(placeSchema, { id: 'Place' });
  names.add(unitSchema, { id: 'Unit' });
  names.add(planStepSchema, { id: 'PlanStep' });
  names.add(missionSchema, { id: 'Mission' });
  names.add(parametersSchema, { id: 'ModelParameters' });
  names.add(idSchema, { id: 'Id' });
  names.add(text, { id: 'Text' });
  names.add(label, { id: 'Label' });
  const sourcedNames: [z.ZodType, string][] = [
    [positive, 'SourcedPositive'],
    [nonNegative, 'SourcedNonNegative'],
    [fraction, 'SourcedFraction'],
    [count, 'SourcedCount'],
    [positiveCount, 'SourcedPositiveCount'],
    [roadFactor, 'SourcedRoadFactor'],
    [hourOfDay, 'SourcedHourOfDay'],
  ];
  for (const [value, id] of sourcedNames) {
    const sourced = sourcedCache.get(value);
    if (sourced !== undefined) names.add(sourced, { id });
  }
  names.add(isoDateSchema, { id: 'IsoDate' });
  const schema = z.toJSONSchema(scenarioSchema, {
    metadata: names,
    target: 'draft-2020-12',
    reused: 'ref',
    override: (ctx) => {
      delete (ctx.jsonSchema as Record<string, unknown>).readOnly;
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'peacekeeping-sim scenario',
    description:
      'A peacekeeping-sim scenario: mission, plan, start date, horizon and parameters. Cross-references, sums and dates are checked by validateScenario.',
  };
}
