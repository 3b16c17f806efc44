/**
 * Small helpers to write SVG as strings (no DOM): escaping, elements, text, axes, a legend and
 * the frame every chart shares (title, legend row, caption).
 *
 * @module
 */
import { escapeHtml } from '../document.js';

/** Font stack of every chart (system fonts; nothing fetched). */
export const FONT =
  'system-ui, -apple-system, &quot;Segoe UI&quot;, Roboto, &quot;Helvetica Neue&quot;, Arial, &quot;Liberation Sans&quot;, sans-serif';

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

/** Approximate rendered width of `s` at `size` px in a sans-serif font. */
export function textWidth(s: string, size: number): number {
  return s.length * size * 0.56;
}

/** Shortens `s` with an ellipsis so it fits in `width` px at `size` px. */
export function ellipsize(s: string, width: number, size: number): string {
  const max = Math.floor(width / (size * 0.56));
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`;
}

/** A label on one line, or two when it does not fit (split at a space or a dash). */
export function labelLines(label: string, width: number, size: number): string[] {
  if (textWidth(label, size) <= width) return [label];
  const max = Math.floor(width / (size * 0.56));
  let cut = -1;
  for (let i = Math.min(label.length - 1, max); i > 0; i--) {
    if (label[i] === ' ' || label[i] === '–' || label[i] === '(') {
      cut = i;
      break;
    }
  }
  if (cut <= 0) return [ellipsize(label, width, size)];
  const a = label.slice(0, label[cut] === '–' ? cut + 1 : cut).trimEnd();
  return [a, ellipsize(label.slice(label[cut] === '–' ? cut + 1 : cut).trimStart(), width, size)];
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
    text(16, 28, title, { 'font-size': 18, 'font-weight': 700, fill: COLOURS.ink, class: 'title' }),
    body,
    ...caption.map((c, i) =>
      text(16, capY + i * 17, c, { 'font-size': 12.5, fill: '#333333', class: 'caption' }),
    ),
    '</svg>',
  ].join('\n');
}

/** Wraps a caption to lines of at most `width` px at 12.5 px. */
export function captionLines(s: string, width: number): string[] {
  const max = Math.floor(width / (12.5 * 0.56));
  const words = s.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line === '') line = w;
    else if (line.length + 1 + w.length <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Horizontal gridlines and left tick labels for a linear y scale. */
export function yAxis(
  ticks: readonly number[],
  y: (v: number) => number,
  x0: number,
  x1: number,
  format: (v: number) => string,
  label: string,
  labelX: number,
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
  const mid = (Math.min(...ys) + Math.max(...ys)) / 2;
  parts.push(
    text(labelX, mid, label, {
      'font-size': 13.5,
      'text-anchor': 'middle',
      fill: COLOURS.ink,
      transform: `rotate(-90 ${n(labelX)} ${n(mid)})`,
      class: 'axis-label',
    }),
  );
  return el('g', { class: 'y-axis' }, parts.join(''));
}

/** Vertical gridlines and bottom tick labels for an x scale. */
export function xAxis(
  ticks: readonly { value: number; label: string }[],
  x: (v: number) => number,
  y0: number,
  y1: number,
  label: string,
  labelY: number,
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
      text(xx, y1 + 20, t.label, { 'font-size': 13, 'text-anchor': 'middle', fill: COLOURS.axis }),
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
