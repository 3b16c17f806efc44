/**
 * The formats and options every report function takes.
 *
 * @module
 */

/**
 * A report format: `table` (fixed-width plain text for a terminal, at most 100 columns), `md`
 * (Markdown), `json` (the result itself plus `report` metadata), `csv` (tidy rows) or `html`
 * (one self-contained page with inline SVG charts).
 */
export type ReportFormat = 'table' | 'md' | 'json' | 'csv' | 'html';

/** Every {@link ReportFormat}, in the order help and error messages list them. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'md', 'json', 'csv', 'html'];

/** Options of the report functions. */
export interface ReportOptions {
  /** Title of the report (default: the scenario's title, or a title naming what ran). */
  readonly title?: string;
  /** The exact CLI command that reproduces the result, shown in "How to reproduce" and in JSON. */
  readonly command?: string;
  /** Draw the charts in HTML (default true); with false, no chart is drawn or referenced. */
  readonly charts?: boolean;
  /** How the CLI names the scenario, for the pointer to `peacekeeping-sim assumptions <scenario>` (default: the scenario's name). */
  readonly scenarioRef?: string;
  /** Number of assumptions listed in a run report (default 12). */
  readonly topAssumptions?: number;
  /** Metrics a comparison, sweep or sensitivity report shows first (default: a key set, those present). */
  readonly metrics?: readonly string[];
}
