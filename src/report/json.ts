/**
 * JSON reports: the result object itself, complete, plus a `report` member saying what
 * produced it. NaN and infinities are written as `null` (as `JSON.stringify` does), so the text
 * always parses.
 *
 * @module
 */

/** `report.format` of every JSON report. */
export const REPORT_JSON_FORMAT = 'peacekeeping-sim/report';
/** `report.formatVersion` of every JSON report; bumped on incompatible changes. */
export const REPORT_JSON_FORMAT_VERSION = 1;

/** The `report` member added to a JSON report. */
export interface ReportJsonMeta {
  readonly format: typeof REPORT_JSON_FORMAT;
  readonly formatVersion: typeof REPORT_JSON_FORMAT_VERSION;
  /** What the report holds. */
  readonly kind: 'run' | 'comparison' | 'sweep' | 'sensitivity' | 'backtest';
  /** The command that reproduces it, when known. */
  readonly command: string | null;
  readonly title: string | null;
}

/**
 * The JSON text of a report: every member of `payload` (an ExperimentResult, Comparison,
 * SweepResult, SensitivityResult or BacktestResult, unchanged, so the text loads back as that object) plus
 * `report` ({@link ReportJsonMeta}). Indented by two spaces, final newline.
 */
export function reportJson(
  kind: ReportJsonMeta['kind'],
  payload: object,
  options: { readonly command?: string; readonly title?: string },
): string {
  const report: ReportJsonMeta = {
    format: REPORT_JSON_FORMAT,
    formatVersion: REPORT_JSON_FORMAT_VERSION,
    kind,
    command: options.command ?? null,
    title: options.title ?? null,
  };
  return `${JSON.stringify({ ...payload, report }, finite, 2)}\n`;
}

function finite(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
