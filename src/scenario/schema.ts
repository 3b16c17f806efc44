/**
 * The structural schema of a scenario of the embedded mission model, and the JSON Schema of
 * scenario files generated from it. The schema is composed from the capabilities' declarations
 * (`dynamics/format.ts`): nothing here restates the format.
 *
 * @module
 */
import type { z } from 'zod';
import { z as zod } from 'zod';
import type { AnyCapability } from '../dynamics/capability.js';
import { formatFor, MISSION_CAPABILITIES } from '../dynamics/format.js';
import {
  idSchema,
  isoDateSchema,
  NUMBER_DOMAIN_NAMES,
  numbers,
  visitSchemas,
} from '../model/fields.js';
import { missionSchema, placeSchema, unitSchema } from '../model/mission.js';
import {
  labelSchema,
  sourcedSchema,
  sourcedSchemas,
  sourceSchema,
  textSchema,
} from '../model/provenance.js';
import { distributionSpecSchema, nonNegativeDistributionSpecSchema } from '../random/spec.js';

/** The structural schema of a whole scenario of the embedded mission model. */
export const scenarioSchema = formatFor(MISSION_CAPABILITIES).schema;

/** The schema of the embedded mission model's `parameters`. */
export const parametersSchema = formatFor(MISSION_CAPABILITIES).parameters;

/**
 * The JSON Schema (draft 2020-12) of a scenario file, generated from the schema the capabilities
 * compose (default: the embedded mission model's). Zod's `readonly` markers are dropped: they
 * describe the TypeScript type, not the file. A `"$schema"` property is allowed, so editors can
 * point a file at this schema for completion.
 */
export function scenarioJsonSchema(
  capabilities: readonly AnyCapability[] = MISSION_CAPABILITIES,
): Record<string, unknown> {
  const format = formatFor(capabilities);
  const names = zod.registry<{ id?: string; description?: string }>();
  // Descriptions (`.meta({ description })`) of fields and declared parameters, for editors.
  visitSchemas(format.schema as z.ZodType, (node) => {
    const description = zod.globalRegistry.get(node)?.description;
    if (description !== undefined) names.add(node, { description });
  });
  names.add(sourceSchema, { id: 'Source' });
  names.add(distributionSpecSchema, { id: 'DistributionSpec' });
  names.add(sourcedSchema(distributionSpecSchema), { id: 'SourcedDistributionSpec' });
  names.add(nonNegativeDistributionSpecSchema, { id: 'NonNegativeDistributionSpec' });
  names.add(placeSchema, { id: 'Place' });
  names.add(unitSchema, { id: 'Unit' });
  names.add(missionSchema, { id: 'Mission' });
  names.add(format.parameters as z.ZodType, { id: 'ModelParameters' });
  names.add(idSchema, { id: 'Id' });
  names.add(textSchema, { id: 'Text' });
  names.add(labelSchema, { id: 'Label' });
  names.add(isoDateSchema, { id: 'IsoDate' });
  const domains = sourcedSchemas();
  for (const [domain, id] of Object.entries(NUMBER_DOMAIN_NAMES)) {
    const sourced = domains.get(numbers[domain as keyof typeof numbers]);
    if (sourced !== undefined) names.add(sourced, { id });
  }
  const schema = zod.toJSONSchema(format.schema as z.ZodType, {
    metadata: names,
    target: 'draft-2020-12',
    reused: 'ref',
    override: (ctx) => {
      delete (ctx.jsonSchema as Record<string, unknown>).readOnly;
    },
  }) as Record<string, unknown> & { properties?: Record<string, unknown> };
  return {
    ...schema,
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema this file follows (for editors).' },
      ...schema.properties,
    },
    title: 'peacekeeping-sim scenario',
    description:
      'A peacekeeping-sim scenario: mission, plan, start date, horizon and parameters. Cross-references, sums and dates are checked by validateScenario.',
  };
}
