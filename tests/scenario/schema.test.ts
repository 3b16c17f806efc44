import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { schemaText } from '../../scripts/write-schema.js';
import { minusma2020 } from '../../src/data/index.js';
import type { ScenarioFor } from '../../src/dynamics/format.js';
import type { MISSION_CAPABILITIES } from '../../src/dynamics/index.js';
import type { Mission, missionSchema, Source, sourceSchema } from '../../src/model/index.js';
import type { DistributionSpec, distributionSpecSchema } from '../../src/random/spec.js';
import {
  type parametersSchema,
  scenarioJsonSchema,
  scenarioSchema,
} from '../../src/scenario/schema.js';
import type { ModelParameters, Scenario } from '../../src/scenario/types.js';

describe('scenarioSchema types', () => {
  it('z.infer<typeof scenarioSchema> is Scenario', () => {
    expectTypeOf<z.infer<typeof scenarioSchema>>().toEqualTypeOf<Scenario>();
  });
  it('the part schemas infer the model types', () => {
    expectTypeOf<z.infer<typeof missionSchema>>().toEqualTypeOf<Mission>();
    expectTypeOf<z.infer<typeof parametersSchema>>().toEqualTypeOf<ModelParameters>();
    expectTypeOf<z.infer<typeof sourceSchema>>().toEqualTypeOf<Source>();
    expectTypeOf<z.infer<typeof distributionSpecSchema>>().toEqualTypeOf<DistributionSpec>();
    expectTypeOf<Scenario>().toEqualTypeOf<ScenarioFor<typeof MISSION_CAPABILITIES>>();
  });
});

describe('scenarioSchema', () => {
  it('parses minusma2020', () => {
    expect(scenarioSchema.safeParse(minusma2020).success).toBe(true);
  });
  it('rejects unknown keys, leap-day errors and non-kebab ids', () => {
    expect(scenarioSchema.safeParse({ ...minusma2020, extra: 1 }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...minusma2020, startDate: '2021-02-29' }).success).toBe(
      false,
    );
    expect(scenarioSchema.safeParse({ ...minusma2020, startDate: '2020-02-29' }).success).toBe(
      true,
    );
    expect(scenarioSchema.safeParse({ ...minusma2020, name: 'Minusma' }).success).toBe(false);
  });
});

describe('schema/scenario.schema.json', () => {
  it('is what scripts/write-schema.ts generates', () => {
    const file = fileURLToPath(new URL('../../schema/scenario.schema.json', import.meta.url));
    expect(readFileSync(file, 'utf8')).toBe(schemaText());
  });
  it('is a draft 2020-12 schema with strict objects', () => {
    const schema = scenarioJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema)).not.toContain('readOnly');
  });
  it('documents every declared parameter and allows "$schema"', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown> };
    expect(schema.properties.$schema).toMatchObject({ type: 'string' });
    const text = JSON.stringify(schema);
    expect(text).toContain('Mean time between helicopter failures (days).');
    expect(text).toContain('set-parameter');
  });
});
