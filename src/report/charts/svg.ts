/**
 * Small helpers to write SVG as strings (no DOM): escaping, elements, text, axes, a legend and
 * the frame every chart shares (title, legend row, caption).
 *
 * @module
 */
import { escapeHtml } from '../document.js';

/**
 * Font stack of every chart: Arial or a font with Arial's metrics (Liberation Sans on Linux,
 * Helvetica on macOS), so that {@link textWidth} knows how wide a label is and labels can be
 * placed where they cover nothing. Nothing is fetched.
 */
export const FONT =
  'Arial, &quot;Liberation Sans&quot;, &quot;Helvetica Neue&quot;, Helvetica, &quot;Nimbus Sans&quot;, sans-serif';

/** Colour-blind-safe palette (Okabe–Ito), dark enough on white. */
export const COLOURS = {
  blue: '#0072B2',
  orange: '#D55E00',
  green: '#009E73',
  purple: '#7B3294',
  sky: '#56B4E9',
  yellow: '#E69F00',
  grey: '#6b6b6b',
  ink: '#1a1a1a',
  axis: '#444444',
  grid: '#e3e3e3',
} as const;

/** Escapes text for SVG content and attribute values (the same rules as HTML). */
export const esc: (s: string) => string = escapeHtml;

/** A number for an SVG attribute: two decimals at most, no `-0`. */
export function n(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

type Attrs = Readonly<Record<string, string | number | undefined>>;

function attrs(a: Attrs): string {
  let s = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    s += ` ${k}="${typeof v === 'number' ? n(v) : esc(v)}"`;
  }
  return s;
}

/** An element with attributes and optional (already escaped) content. */
export function el(tag: string, a: Attrs, content?: string): string {
  return content === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${content}</${tag}>`;
}

/** A text element; `text` is escaped. */
export function text(x: number, y: number, s: string, a: Attrs = {}): string {
  return el('text', { x, y, ...a }, esc(s));
}

/** Advance widths of Arial (and Liberation Sans) in thousandths of an em, from space (32) to `~` (126). */
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Widths of the other characters charts print, in thousandths of an em. */
const OTHER: Readonly<Record<string, number>> = {
  '–': 556,
  '—': 1000,
  '−': 584,
  '’': 222,
  '‘': 222,
  '“': 333,
  '”': 333,
  '…': 1000,
  '≤': 549,
  '≥': 549,
  '×': 584,
  '→': 1000,
  '°': 400,
  '±': 549,
  '·': 278,
  ' ': 278,
};

/**
 * Rendered width of `s` at `size` px in the charts' font (Arial metrics; accented letters as
 * their base letter; `bold` about 7 % wider).
 */
export function textWidth(s: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 32 && code <= 126) em += ARIAL[code - 32] as number;
    else if (OTHER[ch] !== undefined) em += OTHER[ch] as number;
    else {
      const base = ch.normalize('NFD')[0] ?? '';
      const b = base.codePointAt(0) ?? 0;
      em += b >= 32 && b <= 126 ? (ARIAL[b - 32] as number) : 600;
    }
  }
  return (em / 1000) * size * (bold ? 1.07 : 1);
}

/** Shortens `s` with an ellipsis so it fits in `width` px at `size` px. */
export function ellipsize(s: string, width: number, size: number, bold = false): string {
  if (textWidth(s, size, bold) <= width) return s;
  const chars = [...s];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * A label in lines of at most `width` px, broken at spaces (at most `maxLines`, the last
 * shortened with an ellipsis if need be).
 */
export function labelLines(label: string, width: number, size: number, maxLines = 2): string[] {
  // Words, a long one split after its en dashes (`Douentza–Bambara-Maoudé–Timbuktu`).
  const words = label
    .split(' ')
    .flatMap((w) => (textWidth(w, size) <= width ? [w] : w.split(/(?<=–)/)));
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const glue = line === '' || line.endsWith('–') ? '' : ' ';
    const next = `${line}${glue}${w}`;
    if (textWidth(next, size) <= width || line === '') line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => ellipsize(l, width, size));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${lines.slice(maxLines - 1).join(' ')}`, width, size);
  return kept.map((l) => ellipsize(l, width, size));
}

/** One legend entry: a swatch and its label. */
export interface LegendItem {
  readonly label: string;
  /** SVG of the swatch drawn in a 22 × 12 box at the origin. */
  readonly swatch: string;
}

/** Swatch: a filled band. */
export function bandSwatch(fill: string, opacity: number): string {
  return el('rect', { x: 0, y: 0, width: 22, height: 12, fill, 'fill-opacity': opacity });
}

/** Swatch: a line (optionally dashed). */
export function lineSwatch(stroke: string, width = 2.5, dash?: string): string {
  return el('line', {
    x1: 0,
    y1: 6,
    x2: 22,
    y2: 6,
    stroke,
    'stroke-width': width,
    'stroke-dasharray': dash,
  });
}

/** Swatch: a point with a 90 % whisker. */
export function whiskerSwatch(stroke: string): string {
  return (
    el('line', { x1: 2, y1: 6, x2: 20, y2: 6, stroke, 'stroke-width': 2 }) +
    el('circle', { cx: 11, cy: 6, r: 4, fill: stroke })
  );
}

/** Swatch: an interval, a line with end caps. */
export function intervalSwatch(stroke: string): string {
  return (
    el('line', { x1: 2, y1: 6, x2: 20, y2: 6, stroke, 'stroke-width': 1.5 }) +
    el('line', { x1: 2, y1: 2, x2: 2, y2: 10, stroke, 'stroke-width': 1.5 }) +
    el('line', { x1: 20, y1: 2, x2: 20, y2: 10, stroke, 'stroke-width': 1.5 })
  );
}

/** Swatch: a diamond marker (a reference figure). */
export function diamondSwatch(fill: string, stroke: string): string {
  return el('path', { d: 'M11 0 L17 6 L11 12 L5 6 Z', fill, stroke, 'stroke-width': 1.5 });
}

/**
 * Lays out legend items left to right from (x, y), wrapping at `maxWidth`; returns the SVG and
 * the height used.
 */
export function legend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  maxWidth: number,
  size = 13,
): { svg: string; height: number } {
  let cx = 0;
  let cy = 0;
  const parts: string[] = [];
  for (const item of items) {
    const w = 28 + textWidth(item.label, size) + 18;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      cy += size + 8;
    }
    parts.push(
      el(
        'g',
        { transform: `translate(${n(x + cx)},${n(y + cy)})`, class: 'legend-item' },
        item.swatch + text(28, 11, item.label, { 'font-size': size, fill: COLOURS.ink }),
      ),
    );
    cx += w;
  }
  return { svg: el('g', { class: 'legend' }, parts.join('')), height: cy + size + 4 };
}

/** Options every chart takes. */
export interface ChartFrameOptions {
  /** Width of the SVG in px (default 800); text stays ≥ 12 px at this width. */
  readonly width?: number;
  /** Title drawn at the top (each chart has a default). */
  readonly title?: string;
}

/** Wraps chart content in an SVG root with a white background, a title and a caption. */
export function frame(
  width: number,
  height: number,
  title: string,
  caption: readonly string[],
  body: string,
  kind: string,
): string {
  const capY = height - 10 - (caption.length - 1) * 17;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${FONT}" role="img" class="pks-chart pks-${kind}">`,
    el('title', {}, esc(title)),
    el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    text(16, 28, ellipsize(title, width - 32, 18, true), {
      'font-size': 18,
      'font-weight': 700,
      fill: COLOURS.ink,
      class: 'title',
    }),
    body,
    ...caption.map((c, i) =>
      text(16, capY + i * 17, c, { 'font-size': 12.5, fill: '#333333', class: 'caption' }),
    ),
    '</svg>',
  ].join('\n');
}

/** Wraps a caption to lines of at most `width` px at 12.5 px. */
export function captionLines(s: string, width: number): string[] {
  return labelLines(s, width, 12.5, Number.POSITIVE_INFINITY);
}

/**
 * Horizontal gridlines, the axis line and left tick labels for a linear y scale. With `cut`,
 * the axis does not start at zero, and a break mark (two slanted strokes) on the axis line near
 * its foot says so.
 */
export function yAxis(
  ticks: readonly number[],
  y: (v: number) => number,
  x0: number,
  x1: number,
  format: (v: number) => string,
  label: string,
  labelX: number,
  options: { readonly cut?: boolean; readonly bottom?: number; readonly top?: number } = {},
): string {
  const parts: string[] = [];
  for (const t of ticks) {
    const yy = y(t);
    parts.push(el('line', { x1: x0, y1: yy, x2: x1, y2: yy, stroke: COLOURS.grid }));
    parts.push(
      text(x0 - 8, yy + 4.5, format(t), {
        'font-size': 13,
        'text-anchor': 'end',
        fill: COLOURS.axis,
      }),
    );
  }
  const ys = ticks.map(y);
  const bottom = options.bottom ?? Math.max(...ys);
  const top = options.top ?? Math.min(...ys);
  parts.push(el('line', { x1: x0, y1: top, x2: x0, y2: bottom, stroke: COLOURS.axis }));
  if (options.cut === true) {
    // A gap in the axis line with two slanted strokes, just above its foot.
    const yb = bottom - 7;
    parts.push(
      el(
        'g',
        { class: 'axis-break' },
        el('rect', { x: x0 - 6, y: yb - 4, width: 12, height: 8, fill: '#ffffff' }) +
          el('line', {
            x1: x0 - 6,
            y1: yb,
            x2: x0 + 6,
            y2: yb - 5,
            stroke: COLOURS.ink,
            'stroke-width': 1.5,
          }) +
          el('line', {
            x1: x0 - 6,
            y1: yb + 5,
            x2: x0 + 6,
            y2: yb,
            stroke: COLOURS.ink,
            'stroke-width': 1.5,
          }),
      ),
    );
  }
  const mid = (Math.min(...ys) + Math.max(...ys)) / 2;
  if (label !== '') {
    parts.push(
      text(labelX, mid, label, {
        'font-size': 13.5,
        'text-anchor': 'middle',
        fill: COLOURS.ink,
        transform: `rotate(-90 ${n(labelX)} ${n(mid)})`,
        class: 'axis-label',
      }),
    );
  }
  return el('g', { class: 'y-axis' }, parts.join(''));
}

/** A rectangle: where a label or a mark is drawn. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The box a line of text covers, drawn at (x, y) (its baseline) with `anchor`. */
export function textBox(
  x: number,
  y: number,
  s: string,
  size: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
  bold = false,
): Box {
  const w = textWidth(s, size, bold);
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return { x0, y0: y - size * 0.8, x1: x0 + w, y1: y + size * 0.22 };
}

/**
 * Text with a white halo (a wide white stroke painted under the fill), so that it stays legible
 * over a gridline or a step line.
 */
export function haloText(x: number, y: number, s: string, a: Attrs = {}): string {
  return text(x, y, s, {
    ...a,
    stroke: '#ffffff',
    'stroke-width': 4,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  });
}

/**
 * Vertical gridlines and bottom tick labels for an x scale: the axis line at `y1` (the plot's
 * foot), the tick labels under `labelsY` (default `y1`: something, such as a strip of markers, may
 * sit between the plot and its labels).
 */
export function xAxis(
  ticks: readonly { value: number; label: string }[],
  x: (v: number) => number,
  y0: number,
  y1: number,
  label: string,
  labelY: number,
  labelsY = y1,
): string {
  const parts: string[] = [
    el('line', {
      x1: x(ticks[0]?.value ?? 0),
      y1: y1,
      x2: x(ticks[ticks.length - 1]?.value ?? 0),
      y2: y1,
      stroke: COLOURS.axis,
    }),
  ];
  for (const t of ticks) {
    const xx = x(t.value);
    parts.push(el('line', { x1: xx, y1: y0, x2: xx, y2: y1, stroke: COLOURS.grid }));
    parts.push(el('line', { x1: xx, y1: y1, x2: xx, y2: y1 + 5, stroke: COLOURS.axis }));
    parts.push(
      text(xx, labelsY + 20, t.label, {
        'font-size': 13,
        'text-anchor': 'middle',
        fill: COLOURS.axis,
      }),
    );
  }
  const xs = ticks.map((t) => x(t.value));
  const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
  parts.push(
    text(mid, labelY, label, {
      'font-size': 13.5,
      'text-anchor': 'middle',
      fill: COLOURS.ink,
      class: 'axis-label',
    }),
  );
  return el('g', { class: 'x-axis' }, parts.join(''));
}
