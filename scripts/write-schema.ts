/**
 * Writes `schema/scenario.schema.json`, the JSON Schema of scenario files, from the zod schema.
 * Run with `npm run schema`; a test checks the committed file matches.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../src/scenario/schema.js';

/** Path of the generated schema file. */
export const SCHEMA_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'schema',
  'scenario.schema.json',
);

/** The text written to {@link SCHEMA_FILE}. */
export function schemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await mkdir(dirname(SCHEMA_FILE), { recursive: true });
  await writeFile(SCHEMA_FILE, schemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
