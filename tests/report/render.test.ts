/// <reference lib="dom" />
/**
 * Every HTML briefing (run, comparison, sweep, sensitivity, backtest) rendered in headless Chromium, looked
 * at as a page: every section in order, no text box overlapping another, no label covering the
 * data of its chart, nothing clipped (bounding boxes from the DOM). Screenshots of each page's
 * top and of each chart are saved in `out/render/` (git-ignored) for a person to look at.
 *
 * Needs Debian's `chromium` (`apt-get install chromium`); skipped with a message otherwise.
 * `PKS_CHROMIUM` names another executable. With `PKS_UPDATE_DOCS=1` the screenshots the README
 * shows are copied to `docs/`.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../scenarios/index.js';
import {
  type BacktestResult,
  backtest,
  type Comparison,
  compare,
  declaredParametersOf,
  plausibleSwing,
  type SensitivityResult,
  type SweepResult,
  sensitivity,
  sweep,
} from '../../src/experiment/index.js';
import type { Scenario } from '../../src/index.js';
import { sectionId } from '../../src/report/document.js';
import {
  BRIEFING_SECTIONS,
  renderBacktest,
  renderComparison,
  renderRun,
  renderSensitivity,
  renderSweep,
} from '../../src/report/index.js';
import { ROOT } from '../cli/helpers.js';

const CHROMIUM = process.env.PKS_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_BROWSER = existsSync(CHROMIUM);
/** Where the screenshots go (git-ignored). */
export const SCREENSHOTS = join(ROOT, 'out', 'render');

if (!HAVE_BROWSER) {
  console.warn(
    `render check skipped: no Chromium at ${CHROMIUM}. Install Debian's package (apt-get install chromium) or set PKS_CHROMIUM to run it.`,
  );
}

/** The flags every launch uses: no sandbox (root in CI), nothing fetched, no profile kept. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Problem {
  readonly chart: string;
  readonly what: string;
}

/** What the page says about itself (evaluated in the page). */
interface PageFacts {
  readonly sections: string[];
  readonly problems: Problem[];
  readonly charts: number;
  readonly texts: number;
  readonly overflow: number;
}

/**
 * Runs in the page: collects the section ids, and every text box that overlaps another, covers a
 * data mark or lies outside its chart; HTML cells whose content is clipped; a page wider than
 * the window.
 */
function inspect(): PageFacts {
  const problems: Problem[] = [];
  const boxOf = (e: Element) => e.getBoundingClientRect();
  const overlap = (a: DOMRect, b: DOMRect, tol: number) =>
    a.left < b.right - tol &&
    b.left < a.right - tol &&
    a.top < b.bottom - tol &&
    b.top < a.bottom - tol;
  const marks = ['band', 'median', 'cdf', 'mean', 'low', 'high', 'ci', 'point'];
  let texts = 0;
  const svgs = [...document.querySelectorAll('figure svg')] as SVGSVGElement[];
  for (const svg of svgs) {
    const chart = svg.getAttribute('class') ?? 'svg';
    const frame = boxOf(svg);
    const list = [...svg.querySelectorAll('text')].filter(
      (t) => (t.textContent ?? '').trim() !== '',
    );
    texts += list.length;
    const boxes = list.map(boxOf);
    boxes.forEach((b, i) => {
      const t = (list[i]?.textContent ?? '').slice(0, 60);
      if (
        b.left < frame.left - 0.5 ||
        b.right > frame.right + 0.5 ||
        b.top < frame.top - 0.5 ||
        b.bottom > frame.bottom + 0.5
      ) {
        problems.push({ chart, what: `clipped: "${t}"` });
      }
      for (let j = i + 1; j < boxes.length; j++) {
        if (overlap(b, boxes[j] as DOMRect, 1)) {
          problems.push({
            chart,
            what: `overlap: "${t}" and "${(list[j]?.textContent ?? '').slice(0, 60)}"`,
          });
        }
      }
    });
    // A label never covers data: sample points inside each text box against every data mark.
    const ctm = svg.getScreenCTM();
    if (ctm === null) continue;
    const inverse = ctm.inverse();
    const geometry = [
      ...svg.querySelectorAll<SVGGeometryElement>('path, rect, line, circle'),
    ].filter((g) => {
      const cls = (g.getAttribute('class') ?? '').split(' ');
      const parent = (g.parentElement?.getAttribute('class') ?? '').split(' ');
      return cls.some((c) => marks.includes(c)) || parent.some((c) => marks.includes(c));
    });
    list.forEach((t, i) => {
      const b = boxes[i] as DOMRect;
      const hits = new Set<string>();
      for (let fx = 0.1; fx < 1; fx += 0.2) {
        for (let fy = 0.25; fy < 1; fy += 0.25) {
          const p = new DOMPoint(b.left + fx * b.width, b.top + fy * b.height).matrixTransform(
            inverse,
          );
          for (const g of geometry) {
            const pt = new DOMPoint(p.x, p.y);
            const fill = g.getAttribute('fill') !== 'none' && g.isPointInFill(pt);
            if (fill || g.isPointInStroke(pt)) {
              hits.add(
                g.getAttribute('class') ?? g.parentElement?.getAttribute('class') ?? g.tagName,
              );
            }
          }
        }
      }
      if (hits.size > 0) {
        problems.push({
          chart,
          what: `covers data (${[...hits].join(', ')}): "${(t.textContent ?? '').slice(0, 60)}"`,
        });
      }
    });
  }
  for (const cell of document.querySelectorAll('td, th, dd, dt, pre')) {
    const c = cell as HTMLElement;
    if (c.tagName !== 'PRE' && c.scrollWidth > c.clientWidth + 1) {
      problems.push({
        chart: 'html',
        what: `clipped cell: "${(c.textContent ?? '').slice(0, 60)}"`,
      });
    }
  }
  return {
    sections: [...document.querySelectorAll('section > h2')].map((h) => h.parentElement?.id ?? ''),
    problems,
    charts: svgs.length,
    texts,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  };
}

describe.skipIf(!HAVE_BROWSER)('HTML briefings in headless Chromium', () => {
  let comparison: Comparison;
  let swept: SweepResult;
  let tornado: SensitivityResult;
  let validation: BacktestResult;
  let profile: string;
  // biome-ignore lint/suspicious/noExplicitAny: playwright-core's BrowserContext, loaded lazily
  let browser: any;

  beforeAll(async () => {
    const base = builtInScenarios['baseline-2020'];
    const plan = builtInScenarios['adaptation-plan'];
    if (base === undefined || plan === undefined) throw new Error('built-in scenarios missing');
    comparison = await compare(base, plan, { replications: 12, seed: 2020 });
    swept = await sweep(
      plan,
      { 'aviation.mtbfDays': [7, 14, 28] },
      { replications: 6, seed: 2020 },
    );
    const chosen = [
      'parameters.aviation.mtbfDays',
      'parameters.fleet.failuresPerVehicleYear',
      'parameters.response.noticeToMoveMin',
      'parameters.ied.damageGivenDetonation',
    ];
    const params = declaredParametersOf(plan)
      .filter((p) => chosen.includes(p.path))
      .map((p) => ({ path: p.path, ...(plausibleSwing(p) as { low: unknown; high: unknown }) }));
    tornado = await sensitivity(plan, params, {
      replications: 5,
      seed: 2020,
      metrics: [
        'casevac.surgeryWithinTarget.share',
        'fleet.readiness.mean',
        'ied.detonations',
        'response.time.p90Min',
      ],
    });
    validation = await backtest(builtInScenarios['as-it-happened-2021'] as Scenario, {
      replications: 3,
      seed: 2020,
    });
    profile = await mkdtemp(join(tmpdir(), 'pks-chromium-'));
    const { chromium } = await import('playwright-core');
    // An empty profile of our own (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 1400 },
      deviceScaleFactor: 1,
    });
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (profile !== undefined) await rm(profile, { recursive: true, force: true });
  });

  const pages = () =>
    [
      {
        kind: 'run' as const,
        // With the armoured vehicles by sector marked headline, as a capability may mark its
        // series: the run page then draws them too.
        html: renderRun(
          {
            ...comparison.b,
            meta: {
              ...comparison.b.meta,
              metrics: Object.fromEntries(
                Object.entries(comparison.b.meta.metrics).map(([k, v]) => [
                  k,
                  v.family?.base === 'fleet.inDailyUse' ? { ...v, headline: true as const } : v,
                ]),
              ),
            },
          },
          'html',
          { command: 'peacekeeping-sim run adaptation-plan' },
        ),
      },
      {
        kind: 'comparison' as const,
        html: renderComparison(comparison, 'html', {
          command: 'peacekeeping-sim run adaptation-plan --against baseline-2020',
        }),
      },
      {
        kind: 'sweep' as const,
        html: renderSweep(swept, 'html', {
          command: 'peacekeeping-sim sweep adaptation-plan --param aviation.mtbfDays=7,14,28',
          scenario: builtInScenarios['adaptation-plan'] as Scenario,
        }),
      },
      {
        kind: 'sensitivity' as const,
        html: renderSensitivity(tornado, 'html', {
          command: 'peacekeeping-sim sensitivity adaptation-plan',
          scenario: builtInScenarios['adaptation-plan'] as Scenario,
        }),
      },
      {
        kind: 'backtest' as const,
        html: renderBacktest(validation, 'html', {
          command: 'peacekeeping-sim backtest',
        }),
      },
    ] as const;

  it.each(['run', 'comparison', 'sweep', 'sensitivity', 'backtest'] as const)(
    'the %s page has every section in order, and no text overlaps, covers data or is clipped',
    async (kind) => {
      const page = pages().find((p) => p.kind === kind);
      if (page === undefined) throw new Error(kind);
      const file = join(SCREENSHOTS, `${kind}.html`);
      await writeFile(file, page.html);
      const tab = await browser.newPage();
      await tab.goto(`file://${file}`);
      const facts = (await tab.evaluate(inspect)) as PageFacts;
      await tab.screenshot({ path: join(SCREENSHOTS, `${kind}.png`) });
      const figures = await tab.$$('figure');
      for (let i = 0; i < figures.length; i++) {
        await figures[i].screenshot({ path: join(SCREENSHOTS, `${kind}-chart-${i + 1}.png`) });
      }
      await tab.close();
      if (process.env.PKS_UPDATE_DOCS === '1' && kind === 'comparison') {
        await copyFile(
          join(SCREENSHOTS, 'comparison.png'),
          join(ROOT, 'docs', 'briefing-comparison.png'),
        );
        await copyFile(
          join(SCREENSHOTS, 'comparison-chart-2.png'),
          join(ROOT, 'docs', 'briefing-readiness.png'),
        );
      }
      expect(facts.sections).toEqual(BRIEFING_SECTIONS[kind].map(sectionId));
      expect(facts.charts).toBeGreaterThan(0);
      expect(facts.texts).toBeGreaterThan(20);
      expect(facts.problems).toEqual([]);
      expect(facts.overflow).toBeLessThanOrEqual(0);
    },
    120_000,
  );
});
