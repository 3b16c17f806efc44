/**
 * The one place a report's format is dispatched: every renderer (run, comparison, sweep,
 * sensitivity) describes its content once and this turns it into the requested format.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { type Block, renderHtml, renderMarkdown, renderText } from './document.js';
import { type ReportJsonMeta, reportJson } from './json.js';
import { REPORT_FORMATS, type ReportFormat, type ReportOptions } from './types.js';

/** Throws unless `format` is a {@link ReportFormat}. */
export function checkFormat(format: unknown): asserts format is ReportFormat {
  if (!REPORT_FORMATS.includes(format as ReportFormat)) {
    throw new InvalidArgumentError(
      'format',
      REPORT_FORMATS.map((f) => `'${f}'`).join(', '),
      format,
    );
  }
}

/** What a report is made of, independent of its format. */
export interface ReportSpec {
  /** Kind recorded in JSON reports. */
  readonly kind: ReportJsonMeta['kind'];
  /** The result object a JSON report carries. */
  readonly payload: object;
  /** The tidy CSV of the result. */
  readonly csv: () => string;
  /** The document blocks for a text, Markdown or HTML report. */
  readonly blocks: (format: 'table' | 'md' | 'html') => Block[];
  /** Page title of the HTML report (when `options.title` is not given). */
  readonly title: string;
}

/** Renders a report described by `spec` in `format`. */
export function renderReport(
  format: ReportFormat,
  spec: ReportSpec,
  options: ReportOptions,
): string {
  checkFormat(format);
  switch (format) {
    case 'json':
      return reportJson(spec.kind, spec.payload, options);
    case 'csv':
      return spec.csv();
    case 'table':
      return renderText(spec.blocks(format), options.width);
    case 'md':
      return renderMarkdown(spec.blocks(format));
    case 'html':
      return renderHtml(spec.blocks(format), options.title ?? spec.title);
  }
}
