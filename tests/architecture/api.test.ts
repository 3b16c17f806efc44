/**
 * The public API, in the spirit of api-extractor: the names each entry point exports are listed
 * in `public-api.txt`; a name that appears or disappears fails this test until the list is
 * updated deliberately (`npx tsx scripts/api-report.ts --write`), so the change is seen in review.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiReport, REPORT_FILE } from '../../scripts/api-report.js';

describe('public API', () => {
  it('every entry point exports exactly the names public-api.txt lists', () => {
    expect(apiReport()).toBe(readFileSync(REPORT_FILE, 'utf8'));
  }, 60_000);
});
