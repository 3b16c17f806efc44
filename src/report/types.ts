/**
 * The formats and options every report function takes.
 *
 * @module
 */
import type { AnyScenario } from '../dynamics/capability.js';

/**
 * A report format: `table` (fixed-width plain text for a terminal, at most `width` columns), `md`
 * (Markdown), `json` (the result itself plus `report` metadata), `csv` (tidy rows) or `html`
 * (one self-contained page with inline SVG charts).
 */
export type ReportFormat = 'table' | 'md' | 'json' | 'csv' | 'html';

/** Every {@link ReportFormat}, in the order help and error messages list them. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'md', 'json', 'csv', 'html'];

/** Options of the report functions. */
export interface ReportOptions {
  /**
   * A `table` report in full (every finding and metric, the scenario, its assumptions) rather than
   * the one-screen summary (default false).
   */
  readonly detail?: boolean;
  /** Width of a `table` report in columns (default 100; the CLI passes the terminal's). */
  readonly width?: number;
  /**
   * The scenario a sweep or sensitivity analysis varied (their results carry only its name and
   * hash): the briefing then describes it, lists its sources and the assumptions to challenge.
   */
  readonly scenario?: AnyScenario;
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
  /**
   * Metrics a comparison, sweep or sensitivity report leads with (default: the headline metrics
   * the model declares, those present).
   */
  readonly metrics?: readonly string[];
}
