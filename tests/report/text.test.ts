/** Number formatting, word wrapping and plain-text tables: one rule, and nothing broken mid-word. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText, type TableBlock, textTable } from '../../src/report/document.js';
import {
  decimalsFor,
  formatEstimate,
  formatInterval,
  formatNumber,
  formatNumbers,
  wordFragments,
  wrapText,
} from '../../src/report/format.js';

describe('formatNumbers(xs): one rule for significant digits', () => {
  it('formatNumber(x) shows 3 significant digits, fixed-point', () => {
    expect(formatNumber(0.034123)).toBe('0.0341');
    expect(formatNumber(9.314)).toBe('9.31');
    expect(formatNumber(85.64)).toBe('85.6');
    expect(formatNumber(481.2)).toBe('481');
    expect(formatNumber(5389.4)).toBe('5389');
    expect(formatNumber(12)).toBe('12');
    expect(formatNumber(-0.0001)).toBe('-0.000100');
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatNumber(99.96)).toBe('100');
  });

  it('numbers shown together share the decimals of the largest (the issue’s "24.9 to 45")', () => {
    expect(formatInterval(24.9, 45, 'count')).toBe('24.9 to 45.0');
    expect(formatInterval(40, 58.04, 'count')).toBe('40.0 to 58.0');
    expect(formatInterval(0.249, 0.45, 'share')).toBe('24.9 to 45.0');
    expect(formatInterval(8, 16, 'count')).toBe('8 to 16');
    expect(formatEstimate(9.31, 8.43, 10.2, 'vehicles', { signed: true })).toEqual({
      value: '+9.3',
      interval: '8.4 to 10.2',
    });
  });

  it('decimalsFor(max) never shows a fourth significant digit', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 999, noNaN: true }), (x) => {
        const [s] = formatNumbers([x, 0.5]);
        const digits = (s as string).replace(/^-?0\.0*/, '').replace(/[.-]/g, '');
        return digits.length <= 3 || decimalsFor(x) === 0;
      }),
    );
  });
});

describe('wrapText(text, width)', () => {
  it('breaks a path or metric name only at its joints, never a date or a number', () => {
    expect(wordFragments('fleet.awaitingReplacement@2020-12-23')).toEqual([
      'fleet.',
      'awaitingReplacement@2020-12-23',
    ]);
    expect(wordFragments('mission.armouredFleet.bySector[sector=centre].workshopBays')).toEqual([
      'mission.',
      'armouredFleet.',
      'bySector',
      '[sector=centre].',
      'workshopBays',
    ]);
    expect(wordFragments('0.25')).toEqual(['0.25']);
  });

  it('never breaks a word that fits on a line, and keeps "95 %" together', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 12, max: 100 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width);
          for (const l of lines) expect([...l].length).toBeLessThanOrEqual(width);
          expect(lines.join(' ').split(' ')).toEqual(words);
        },
      ),
    );
    expect(wrapText('a confidence interval of 95 % here', 26)).toEqual([
      'a confidence interval of',
      '95 % here',
    ]);
  });
});

const TABLE: TableBlock = {
  kind: 'table',
  columns: [
    { header: 'Metric', align: 'left' },
    { header: 'Path', align: 'left', wrap: true },
    { header: 'Mean', align: 'right' },
    { header: '95 % CI', align: 'right' },
  ],
  rows: [
    { group: 'Armoured fleet' },
    [
      'Armoured vehicles awaiting replacement on 2020-12-23',
      'fleet.awaitingReplacement@2020-12-23',
      '48.0',
      '46.1 to 49.9',
    ],
    ['Fleet readiness (time average)', 'fleet.readiness.mean', '85.6', '85.4 to 85.8'],
    [
      'Workshop bays of the centre',
      'mission.armouredFleet.bySector[sector=centre].workshopBays',
      '12',
      '12 to 12',
    ],
  ],
};

describe('textTable(table, width)', () => {
  it.each([60, 80, 100, 120])(
    'at %i columns breaks no cell mid-word (too long a word is cut with …) and no number at all',
    (width) => {
      const lines = textTable(TABLE, width);
      for (const l of lines) expect([...l].length).toBeLessThanOrEqual(width);
      const text = lines.join('\n');
      for (const row of TABLE.rows) {
        if (!Array.isArray(row)) continue;
        for (const cell of row as string[]) {
          for (const word of cell.split(' ')) {
            // Every piece between joints is whole on some line, or cut there with an ellipsis:
            // never carried on to the next line.
            for (const piece of wordFragments(word)) {
              const whole = text.includes(piece);
              const cut = [...piece].some(
                (_, k) => k >= 3 && text.includes(`${piece.slice(0, k)}…`),
              );
              expect(whole || cut, `${piece} at ${width}`).toBe(true);
            }
          }
        }
        // Numbers are right-aligned and never wrap.
        expect(text).toContain(row[3] as string);
      }
    },
  );

  it('prints a command whole on its own line, however long', () => {
    const command =
      'peacekeeping-sim sweep adaptation-plan --param mission.armouredFleet.bySector[sector=centre].workshopBays=8,12 --seed 2020 --replications 40';
    const text = renderText(
      [
        { kind: 'paragraph', text: 'To reproduce:' },
        { kind: 'code', text: command },
      ],
      80,
    );
    expect(text.split('\n')).toContain(command);
  });
});
