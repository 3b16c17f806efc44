/**
 * What the embedded data know of the time after the letter of 23 December 2020, and why each
 * piece may stand in a model that is validated against the public record of 2021.
 *
 * The backtest's rule is that the model rests on what was known by the letter's date, plus the
 * plan as it unfolded where public. A few sources of the embedded data are dated later: some
 * describe 2020 (counted or published after the letter), some give facts that do not change
 * with the year, some are the plan's own 2021 facts, some mention a year only as a planned date,
 * and a few are later observations cited in support of an assumption. Each is declared here,
 * matched by a piece of its text; `tests/data/validation-2021.test.ts` fails on any source of
 * the embedded scenario (or of `as-it-happened-2021`) that names a date after the letter and is
 * not declared, so a later source cannot enter the model unnoticed.
 *
 * @module
 */

/** Why a source dated after the letter may stand in the model. */
export type HindsightKind =
  /** Published after the letter, about the time before it (2020 events, 2020 totals). */
  | 'describes-2020'
  /** A fact that does not change with the year: a road's length, a unit's standard size. */
  | 'time-invariant'
  /** What the plan became in 2021, where public: the backtest uses these by design. */
  | 'as-it-unfolded'
  /** The year is a date of the plan (the letter's « avril 2021 », an assumed date), not of a source. */
  | 'plan-date'
  /**
   * A later observation cited in support of an assumption: not strictly out of sample, declared
   * with why it does not drive the figures the backtest compares.
   */
  | 'hindsight';

/** A source of the embedded data dated after the letter, and why it may stand. */
export interface PostLetterSource {
  /** A piece of the source's text (reference, note, quote or rationale) that identifies it. */
  readonly match: string;
  readonly kind: HindsightKind;
  /** Why it does not carry the record of 2021 into the model. */
  readonly why: string;
}

/** A date after the letter in a source's text: a year after 2020, or 24 to 31 December 2020. */
export const POST_LETTER_DATE = /\b20(?:2[1-9]|[3-9]\d)\b|\b(?:2[4-9]|3[01]) Dec(?:ember)? 2020\b/;

/** Every source of the embedded data (and of `as-it-happened-2021`) that names a date after the letter. */
export const POST_LETTER_SOURCES: readonly PostLetterSource[] = [
  {
    match: 'as exported about May 2021',
    kind: 'describes-2020',
    why: 'ACLED’s events of 2020 (threats to civilians by area, their distances, camp attacks), in an export of May 2021: counts of 2020, which later corrections to 2020 events may have touched, not events of 2021. The year runs to 31 December, eight days past the letter: a week of a year-long count.',
  },
  {
    match: 'maliactu.net, Feb 2021 (MINUSMA figures): Mali 2020',
    kind: 'describes-2020',
    why: 'Mali’s IED totals for 2020, published in February 2021. The wounded per detonation (1.2) is an assumption set below the 1.7 per incident they give, not fitted to anything of 2021.',
  },
  {
    match: 'OCHA, « Accès humanitaire » Sep–Dec 2020 (reliefweb, Apr 2021)',
    kind: 'describes-2020',
    why: 'OCHA’s report on September–December 2020, published in April 2021: the withdrawal of the Bandiagara temporary base in December 2020.',
  },
  {
    match: '4 NH90s returned to Gao in Dec 2021',
    kind: 'describes-2020',
    why: 'The contracted evacuation helicopters at Gao were there in December 2020; the German NH90s’ return in December 2021 is context and is not modelled.',
  },
  {
    match: 'eurafrica.info (2021): the Chinese contingent',
    kind: 'describes-2020',
    why: 'The Chinese contingent’s role at Gao (headquarters guard, hospital), unchanged since before the letter: Geo-PKO’s 2020 deployment has it at Gao.',
  },
  {
    match: 'apanews (Nov 2023): Kidal→Gao is 352 km',
    kind: 'time-invariant',
    why: 'The length of the Kidal–Gao road.',
  },
  {
    match: 'thestreetjournal (Jan 2021): Nigerian FPU of 140',
    kind: 'time-invariant',
    why: 'The standard size of a formed police unit, the same in the Beninese and Bangladeshi units of 2019.',
  },
  {
    match: 'resolution 2584 (29 Jun 2021)',
    kind: 'as-it-unfolded',
    why: 'The authorised ceilings of 2021, unchanged from those of 2020.',
  },
  {
    match: 'six-month tours (Light Dragoons Dec 2020–Jun 2021',
    kind: 'as-it-unfolded',
    why: 'The UK reconnaissance group arrived on 3 December 2020; its first rotation, in June 2021, is the plan as it unfolded.',
  },
  {
    match: 'S/2021/657',
    kind: 'as-it-unfolded',
    why: 'The helicopter units the Secretary-General proposed in July 2021, no earlier than January 2023: the size of the pledged unit, and in as-it-happened-2021 its absence from the horizon. In the embedded plan, the same unit on the date a planner of December 2020 assumed. The company size it gives the Gao rapid reaction force is declared apart, as hindsight.',
  },
  {
    match: 'closure in December 2023',
    kind: 'as-it-unfolded',
    why: 'No source reports the Mopti camp expansion completed in 2021: as-it-happened-2021 puts it after the horizon.',
  },
  {
    match: 'initialement prévu pour avril 2021',
    kind: 'plan-date',
    why: 'The letter’s own date for the Mopti camp expansion.',
  },
  {
    match: '« à la fin de l’année »: 31 December 2020.',
    kind: 'plan-date',
    why: 'The letter’s own date for the Gao structures (« à la fin de l’année »), read as its last day.',
  },
  {
    match: 'No date is public; mid-2021 assumed.',
    kind: 'plan-date',
    why: 'An assumed date of a plan step.',
  },
  {
    match: 'the 13 Jan 2021 IED and ambush near Bambara-Maoudé',
    kind: 'hindsight',
    why: 'A 2021 incident of the record, cited with the letter to weight the centre’s routes. The weights share the letter’s 39 devices out between routes: the rate is fitted per weighted convoy-km over the letter period’s exposure and each route’s traffic is fixed over the run, so they change where devices are met, not how many are met mission-wide, in the letter’s period or after; through each route’s clearance and ISR they change a little how many are found before detonating.',
  },
  {
    match: 'the 2023 convoy had 150 vehicles',
    kind: 'hindsight',
    why: 'A 2023 convoy cited to show that logistics convoys on Kidal–Gao are large. It sets how many armoured vehicles a movement exposes to a detonation, not how many devices are met (the rate is per convoy-km), nor how many peacekeepers a detonation wounds.',
  },
  {
    match: 'the size S/2021/657 later proposed for quick-reaction companies',
    kind: 'hindsight',
    why: 'The strength of the Gao rapid reaction force (250), from a company size proposed in July 2021. It sets how many peacekeepers the unit holds, not how often it meets devices, ambushes or attacks, nor how many are wounded when it does.',
  },
  {
    match: 'Current and Emerging Uniformed Capability Requirements',
    kind: 'hindsight',
    why: 'A DPO statement of March 2022 on the chronic shortage of helicopter units, cited for the probability (0.6) that the pledged unit comes. In as-it-happened-2021 the unit comes after the horizon, so the probability does not bear on the backtest; helicopters evacuate the wounded but do not change how many are wounded.',
  },
];

/**
 * The declaration that covers a source's `text` (the most specific: the longest `match` found in
 * it), or undefined when none does.
 */
export function postLetterDeclaration(text: string): PostLetterSource | undefined {
  let best: PostLetterSource | undefined;
  for (const d of POST_LETTER_SOURCES) {
    if (text.includes(d.match) && (best === undefined || d.match.length > best.match.length)) {
      best = d;
    }
  }
  return best;
}
