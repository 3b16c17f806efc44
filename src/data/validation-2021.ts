/**
 * The public record of 2021 (with a few figures of late 2020 and early 2022) against which the
 * embedded scenario is validated out of sample: peacekeepers wounded and killed, attacks against
 * MINUSMA, IEDs, attacks on camps, helicopters. None of these figures was used to build the
 * model: it rests on what was known by 23 December 2020 (see the README's validation section).
 *
 * Each figure says exactly what it counts, over which window, with the words of its source
 * (`observed.source.note`, word for word) and the reference a reader can follow
 * (`observed.source.reference`). Where two sources count differently, `differences` says how.
 * Figures derived from named incidents (attacks on camps, mass-casualty events) list the
 * incidents they are computed from; the incidents carry their own sources.
 *
 * The Secretary-General's quarterly reports of 2021 (S/2021/299, S/2021/519, S/2021/844,
 * S/2021/1117) are known here through press summaries that quote them: the stored copies of
 * the reports themselves hold only their first page. Their reporting windows are not quarters:
 * each runs from the previous report's date to a cut-off some weeks before its own date.
 *
 * @module
 */
import { fromPublic, type Source, type Sourced } from '../model/provenance.js';
import { assumption, publicRef } from './sources.js';

/** How a figure bounds the true value. */
export type ObservationKind =
  /** A count as the source gives it. */
  | 'count'
  /** An approximate count (« une cinquantaine », "about 50"). */
  | 'about'
  /** A lower bound: the true value is at least this (e.g. only named incidents counted). */
  | 'atLeast';

/** How far a figure can be trusted as stated. */
export type Confidence = 'high' | 'medium' | 'low';

/** One figure of the public record. */
export interface ValidationFigure {
  /** Stable id (`wounded-2021`, `attacks-s2021-299` …). */
  readonly id: string;
  /** Title for tables and charts: what is counted, over which window, by which source's terms. */
  readonly title: string;
  /** A short label for one-screen tables: the quantity and its window, without the source. */
  readonly label: string;
  /** Short citation for tables (`S/2021/519`, `MINUSMA, 16 Dec 2021`); the full reference is the observed value's source. */
  readonly cite: string;
  /** What exactly is counted, in plain words: who, by whom, what is in and out. */
  readonly counts: string;
  /** First day of the window the figure covers (ISO date). */
  readonly from: string;
  /** Last day of the window, inclusive (ISO date). */
  readonly to: string;
  /** Where the window comes from (a public date, or a stated assumption when the cut-off is not public). */
  readonly windowSource: Source;
  /** The figure, with its public reference and, as its note, the source's words. */
  readonly observed: Sourced<number>;
  readonly kind: ObservationKind;
  readonly confidence: Confidence;
  /** Where two sources count differently, or the figure's reading is uncertain. */
  readonly differences?: string;
  /** For a figure computed from named incidents: their ids (see {@link validationIncidents2021}). */
  readonly incidents?: readonly string[];
}

/** Kinds of incident named in the public record. */
export type IncidentKind =
  /** Indirect fire, a vehicle-borne IED or a complex attack on a camp or temporary base. */
  | 'camp'
  /** An IED or mine striking a convoy, patrol or vehicle. */
  | 'ied'
  /** An IED followed by an ambush on the same unit. */
  | 'ied-ambush';

/** One incident against MINUSMA named in the public record. */
export interface ValidationIncident {
  readonly id: string;
  /** ISO date, or `YYYY-MM` when only the month is public. */
  readonly date: string;
  readonly place: string;
  readonly kind: IncidentKind;
  /** What happened. */
  readonly what: string;
  /** Peacekeepers wounded, those who later died of their wounds included. */
  readonly wounded: Sourced<number>;
  /** Peacekeepers killed or dead of their wounds. */
  readonly killed: Sourced<number>;
  readonly differences?: string;
}

/** Public references of the 2021 record. */
export const REF_2021 = {
  s2021299:
    'S/2021/299, report of the Secretary-General on Mali (26 Mar 2021), via maliactu.net, « Mali: Nord et centre du Mali: 92 attaques asymétriques enregistrées en trois mois » (Apr 2021), https://maliactu.net/mali-nord-et-centre-du-mali-92-attaques-asymetriques-enregistrees-en-trois-mois/; the same figures as the previous period in S/2021/519 (maliactu.net, Jun 2021)',
  s2020Previous:
    'S/2021/299 (26 Mar 2021) on the period of S/2020/1281 (about October to mid-December 2020), via maliactu.net, « Mali: six casques bleus tués lors des 39 attaques durant le premier trimestre de 2021 » (Apr 2021), https://maliactu.net/mali-six-casques-bleus-tues-lors-des-39-attaques-durant-le-premier-trimestre-de-2021-rapport/',
  s2021519:
    'S/2021/519, report of the Secretary-General on Mali (1 Jun 2021), via maliactu.net, « Rapport trimestriel … 51 FAMa tués dans 25 attaques, 4 casques bleus tués dans 14 attaques » (Jun 2021), https://maliactu.net/mali-rapport-trimestriel-du-secretaire-general-de-lonu-sur-la-situation-au-mali-51-fama-tues-dans-25-attaques-4-casques-bleus-tues-dans-14-attaques/; lexpression.dz, « L’ONU constate une baisse des attaques »',
  s2021844:
    'S/2021/844, report of the Secretary-General on Mali (1 Oct 2021), via newsghana.com.gh, "At least 45 people killed in June-August asymmetric attacks in Mali" (8 Oct 2021), https://newsghana.com.gh/at-least-45-people-killed-in-june-august-asymmetric-attacks-in-mali/; in French lavenir.ci (Oct 2021)',
  s20211117:
    'S/2021/1117, report of the Secretary-General on Mali (4 Jan 2022), via diasporaction.fr, « Situation sécuritaire au Mali: 324 attaques contre des civils enregistrées en moins de 3 mois » (Jan 2022), https://diasporaction.fr/situation-securitaire-au-mali-324-attaques-contre-des-civils-enregistrees-en-moins-de-3-moins',
  s2022278:
    'S/2022/278, report of the Secretary-General on Mali (Mar 2022), via maliweb.net, « Situation sécuritaire au Mali: le Secrétaire général de l’ONU confirme la diminution des attaques de janvier à mars », https://www.maliweb.net/politique/situation-securitaire-au-mali-le-secretaire-general-de-lonu-confirme-la-diminution-des-attaques-de-janvier-a-mars-2972160.html',
  wane2021:
    'MINUSMA press conference of 16 Dec 2021 (El-Ghassim Wane), via fr.sputniknews.com, « Mali: 28 Casques bleus tués et 165 blessés dans le pays en 2021, selon la MINUSMA » (17 Dec 2021), https://fr.sputniknews.com/20211217/mali-28-casques-bleus-tues-et-165-blesses-dans-le-pays-en-2021-selon-la-minusma-1053963775.html; agenceafrique.com (Dec 2021)',
  staffUnion2021:
    'UN Staff Union, Standing Committee for the Security and Independence of the International Civil Service, press release ORG/1722 (Feb 2022), https://press.un.org/en/2022/org1722.doc.htm',
  staffUnion2020:
    'UN Staff Union, Standing Committee for the Security and Independence of the International Civil Service, press release ORG/1714 (2021), https://press.un.org/en/2021/org174.doc.htm',
  passBlue:
    'PassBlue, "Terrorists’ IED Attacks Make the UN Mission in Mali Even Deadlier in 2021" (23 Dec 2021), https://www.passblue.com/2021/12/23/terrorists-ied-attacks-make-the-un-mission-in-mali-even-deadlier-in-2021/ (MINUSMA internal data)',
  maliIed2020:
    'MINUSMA figures via maliactu.net, « Mali: les engins explosifs improvisés ou mines ont coûté la vie à 15 personnes en janvier 2021 » (Feb 2021), https://maliactu.net/mali-les-engins-explosifs-improvises-ou-mines-ont-coute-la-vie-a-15-personnes-en-janvier-2021-minusma/',
  unmasSep2021:
    'UNMAS Mali infographic of 30 Sep 2021, via bamada.net, « Sécurité: la menace permanente des EEI » (Oct 2021), https://bamada.net/securite-la-menace-permanente-des-eei',
  maliIed2021:
    'MINUSMA report « arrêté le 31 août » 2022, via vovworld.vn and seneweb.com (Sep–Oct 2022); sputniknews.africa (22 Nov 2022) reads the same counts as the first eight months of each year',
  frenchUn:
    'France’s ambassador to the UN (Jun 2021), via slateafrique.com (AFP, Jul 2021), http://www.slateafrique.com/1050885/mali-le-chef-de-lonu-recommande-daugmenter-la-minusma-denviron-2000-casques-bleus',
  // Incidents
  bambaraMaoude:
    'MINUSMA press release via reliefweb (13 Jan 2021), https://reliefweb.int/report/mali/timbuktu-region-blue-helmets-repel-attackers-during-complex-attack-douentza-timbuktu; daily-sun.com (AFP, 15 Jan 2021): the toll rose to four',
  tessalitJan:
    'MINUSMA press release via reliefweb (15 Jan 2021), https://reliefweb.int/report/mali/tessalit-peacekeeper-dies-following-mine-explosion; SG statement of 16 Jan 2021',
  kerena:
    'Security Council press statement of 12 Feb 2021 (Xinhua via infosurhoy.com); MINUSMA via dailynewsegypt.com (12 Feb 2021), https://dailynewsegypt.com/2021/02/12/1-togolese-peacekeeper-killed-27-injured-in-central-mali-attack',
  aguelhokApr:
    'Security Council press statement of 5 Apr 2021 (eurafrica.info); AFP via taipeitimes.com (4 Apr 2021), https://www.taipeitimes.com/News/front/archives/2021/04/04/2003755053',
  tessalitApr: 'AFP via spacewar.com (25 Apr 2021), spacewar.com/afp/210425191034',
  tarkint:
    'MINUSMA (25 Jun 2021) via exbulletin.com; northeasttoday.in (26 Jun 2021); en.wikipedia « Tarkint attack (2021) »',
  aguelhokJul:
    'UN spokesperson F. Haq via beninwebtv.bj (Jul 2021), https://beninwebtv.bj/2021/07/minusma-plusieurs-casques-bleus-victimes-dune-attaque-a-leei-au-mali/',
  kidalSep: 'republicworld.com (3 Oct 2021)',
  tessalitOct:
    'SG spokesperson statement (2 Oct 2021), via abcnews.go.com (AP) and republicworld.com',
  dangolBore:
    'MINUSMA spokesperson S. Tremblay via namnewsnetwork.org (Xinhua, "Nov 8"; the year, 2021, inferred: 7 Nov was a Sunday in 2021 and El-Ghassim Wane headed the mission)',
  tessalitNov:
    'fr.sputniknews.com (8 Dec 2021); lindiscret.net (Dec 2021), https://lindiscret.net/mali-deces-de-sept-casques-bleus-au-centre-du-pays/',
  campsDec:
    'lindiscret.net (Dec 2021), https://lindiscret.net/mali-deces-de-sept-casques-bleus-au-centre-du-pays/',
  bandiagara:
    'SG statement SG/SM/21070 (8 Dec 2021), https://www.un.org/press/en/2021/sgsm21070.doc.htm; Togolese Ministry of the Armed Forces communiqué, https://defense.gouv.tg/communique-du-ministere-des-armees-apres-lattaque-dun-convoi-togolais-au-mali',
} as const;

const WINDOW_299 = assumption(
  'The cut-off of S/2021/299 is not in the copies found: 1 January to 15 March 2021 assumed. The press says « De janvier à mars » (maliweb.net, Apr 2021); the report, dated 26 March 2021, follows the previous one of late December 2020, and S/2021/1117 closes its figures 20 days before its own date.',
);
const WINDOW_519 = assumption(
  'S/2021/519 covers the time « since the previous report (S/2021/299) dated 26 March 2021 » (reliefweb, public); its figures on civilians run « au 26 mai » (maliactu.net): the same cut-off, 26 May 2021, is assumed for its figures on attacks.',
);
const WINDOW_844 = publicRef(
  REF_2021.s2021844,
  'The press summaries say "between June and August"; the report (1 Oct 2021) runs from the previous one (1 Jun 2021) to a cut-off not in the stored copies: 1 June to 31 August 2021, as the press says.',
);
const WINDOW_1117 = publicRef(
  REF_2021.s20211117,
  '« entre le 1er octobre et le 15 décembre 2021 »: the report’s figures close on 15 December.',
);

const WINDOW_WANE = publicRef(
  REF_2021.wane2021,
  'Given « en 2021 » at the press conference of Thursday 16 December 2021, so to that day; the same statement gives the patrols « de janvier à ce jour du 16 décembre 2021 ».',
);

const QUOTE_299 =
  '« 39 des 92 attaques asymétriques étaient dirigées contre la Minusma. Elles ont coûté la vie à 6 Casques bleus et 1 vacataire des Nations Unies. 48 éléments de la Minusma ont été également blessés »';
const QUOTE_519 =
  '« [la MINUSMA] a subi 14 attaques, qui ont fait 4 morts et 50 blessés. Le nombre d’attaques a donc baissé par rapport à la période précédente, durant laquelle 39 attaques ont fait 7 morts (6 soldats de la paix et 1 prestataire militaire) et 48 blessés »';
const QUOTE_844 =
  '"MINUSMA suffered 31 attacks, including 15 in the Kidal region (north), which resulted in four deaths and about 50 peacekeepers wounded."';
const QUOTE_1117 =
  '« 53 attaques menées à l’aide d’engins explosifs improvisés ont été enregistrés en octobre 2021. Elles représentent le nombre mensuel le plus élevé consigné au Mali depuis la création de la Mission. 42 ont été perpétrées contre la MINUSMA. Il s’agit de 23 à Kidal, 09 à Gao, 06 à Mopti, 02 à Ménaka et 02 à Tombouctou, faisant 9 morts et 16 blessés parmi les soldats de la paix. »';
const QUOTE_1117_READING =
  'The summary is garbled: it puts the 42 right after the 53 IED attacks of October 2021 (Mali-wide, the highest month since 2013), yet 42 against MINUSMA and 19 against the Malian forces make 61, more than 53; so the 42 are read as the report’s whole period, not October alone (October alone would put the figure further from the model). Its Kidal count (23) exceeds the Kidal count of « attaques asymétriques » (22): the IED count is a series of its own. Whether it includes devices found before they detonated (the letter’s 39 did: 19 found, 20 exploded) is not said.';
const QUOTE_WANE =
  '« Vingt huit Casques bleus ont été tués et 165 blessés au Mali en 2021 » … « La MINUSMA a annoncé avoir effectué 13.000 patrouilles et 100 opérations de janvier à ce jour du 16 décembre 2021. »';
const QUOTE_EXPLOSIVE =
  '« 137 attaques de ce type ont été enregistrées depuis juillet 2020, contre 168 pour la même période en 2019 et en 2020. Parmi les soldats de la paix de la MINUSMA, 7 sont morts et 87 autres ont été blessés lors de ces attaques ; 4 avaient été tués et 69 autres blessés au cours de la même période en 2020 »';

const SG_ATTACKS =
  'In the reports of the Secretary-General, « attaques asymétriques » against MINUSMA are attacks of every kind: IEDs, indirect fire on camps, ambushes, complex attacks. They are not the same series as the IED counts (S/2021/1117’s 42).';

/** Named incidents against MINUSMA in 2021, from press releases, statements and the press. */
export const validationIncidents2021: readonly ValidationIncident[] = [
  {
    id: 'bambara-maoude-2021-01-13',
    date: '2021-01-13',
    place: 'north of Bambara-Maoudé (Douentza–Timbuktu axis)',
    kind: 'ied-ambush',
    what: 'A company on a security operation hit IEDs, then came under fire; aerial medical evacuation.',
    wounded: fromPublic(
      6,
      REF_2021.bambaraMaoude,
      '"3 peacekeepers died and 6 others were injured"; one of the six died of his wounds (AFP).',
    ),
    killed: fromPublic(
      4,
      REF_2021.bambaraMaoude,
      '"A UN soldier among peacekeepers who were attacked in Mali on Wednesday has died from his wounds, bring the death toll to four"',
    ),
  },
  {
    id: 'tessalit-2021-01-15',
    date: '2021-01-15',
    place: 'near Tessalit',
    kind: 'ied',
    what: 'IED/mine on a tanker truck of a logistics convoy; a second device found and neutralised.',
    wounded: fromPublic(
      2,
      REF_2021.tessalitJan,
      '"two Peacekeepers were seriously injured. One of them unfortunately succumbed to his injuries during his medical evacuation"',
    ),
    killed: fromPublic(1, REF_2021.tessalitJan, '"the death of an Egyptian peacekeeper"'),
    differences:
      'A blog (jrbelliard.blog.tdg.ch) speaks of three Egyptian soldiers wounded; the MINUSMA release of two.',
  },
  {
    id: 'kerena-2021-02-10',
    date: '2021-02-10',
    place: 'Kéréna temporary operating base (Douentza circle)',
    kind: 'camp',
    what: 'Vehicle-borne IED, then direct and indirect fire on a temporary operating base.',
    wounded: fromPublic(
      28,
      REF_2021.kerena,
      '"MINUSMA said Thursday that 28 Togolese peacekeepers were injured, five seriously"; one of them died (12 Feb).',
    ),
    killed: fromPublic(
      1,
      REF_2021.kerena,
      '"The attack killed one peacekeeper from Togo and injured 27 others"',
    ),
    differences:
      'First reports: « une vingtaine » wounded; MINUSMA then 28 injured; the Security Council 1 killed and 27 injured (the same people, one of whom died of his wounds).',
  },
  {
    id: 'aguelhok-2021-04-02',
    date: '2021-04-02',
    place: 'Aguelhok camp',
    kind: 'camp',
    what: 'Complex attack on the camp (mortars, small arms, attempted vehicle-borne IED, about three hours).',
    wounded: fromPublic(
      19,
      REF_2021.aguelhokApr,
      '"four peacekeepers from Chad killed and nineteen others injured"',
    ),
    killed: fromPublic(
      4,
      REF_2021.aguelhokApr,
      '"four peacekeepers from Chad killed and nineteen others injured"',
    ),
    differences: 'The Chadian army spoke of 16 wounded; the UN of 19.',
  },
  {
    id: 'tessalit-2021-04-25',
    date: '2021-04-25',
    place: 'Tessalit camp',
    kind: 'camp',
    what: 'Rocket fire on the camp.',
    wounded: fromPublic(
      3,
      REF_2021.tessalitApr,
      '"Three United Nations peacekeepers were on Sunday seriously injured in a rocket attack on a military base in the north"',
    ),
    killed: fromPublic(0, REF_2021.tessalitApr, 'No death reported.'),
  },
  {
    id: 'tarkint-2021-06-25',
    date: '2021-06-25',
    place: 'Ichagara temporary operating base (Tarkint, Gao region)',
    kind: 'camp',
    what: 'Vehicle-borne IED on a temporary base set up the day before, after a mine damaged a UN vehicle.',
    wounded: fromPublic(
      13,
      REF_2021.tarkint,
      '"injuring twelve soldiers from the Bundeswehr mission MINUSMA and one Belgian MINUSMA soldier, three seriously. The UN mission had initially spoken of 15 injured."',
    ),
    killed: fromPublic(0, REF_2021.tarkint, 'No death.'),
    differences: 'MINUSMA first said 15 wounded; the final count is 13 (12 German, 1 Belgian).',
  },
  {
    id: 'aguelhok-2021-07-camp',
    date: '2021-07',
    place: 'Aguelhok camp',
    kind: 'camp',
    what: 'Indirect fire on the camp, on the Sunday before the IED strike below.',
    wounded: fromPublic(
      0,
      REF_2021.aguelhokJul,
      '« le camp … à Aguelhok a subi des tirs indirects sans qu’il y ait de victimes ou de dommages »',
    ),
    killed: fromPublic(0, REF_2021.aguelhokJul, 'No victim.'),
  },
  {
    id: 'aguelhok-2021-07-ied',
    date: '2021-07',
    place: 'north-west of Aguelhok camp',
    kind: 'ied',
    what: 'An armoured vehicle on patrol hit an IED or mine; a quick reaction force was sent.',
    wounded: fromPublic(
      5,
      REF_2021.aguelhokJul,
      '« un véhicule blindé de la MINUSMA a heurté un EEI ou mine au cours d’une patrouille au nord-ouest du camp d’Aguelhok … Le bilan fait état de 5 Casques bleus blessés »',
    ),
    killed: fromPublic(0, REF_2021.aguelhokJul, 'No death.'),
  },
  {
    id: 'kidal-2021-09-11',
    date: '2021-09-11',
    place: 'near Kidal camp',
    kind: 'ied',
    what: 'An explosive device near the camp.',
    wounded: fromPublic(
      3,
      REF_2021.kidalSep,
      '"An explosive device near the MINUSMA camp in Kidal injured three peacekeepers on September 11."',
    ),
    killed: fromPublic(0, REF_2021.kidalSep, 'No death reported.'),
  },
  {
    id: 'tessalit-2021-10-02',
    date: '2021-10-02',
    place: 'near Tessalit',
    kind: 'ied',
    what: 'IEDs against a logistics convoy.',
    wounded: fromPublic(
      4,
      REF_2021.tessalitOct,
      '"A peacekeeper from Egypt was killed and four others were seriously injured."',
    ),
    killed: fromPublic(
      1,
      REF_2021.tessalitOct,
      '"A peacekeeper from Egypt was killed and four others were seriously injured."',
    ),
    differences: 'S/2021/1117 (via diasporaction.fr) gives one killed and three wounded.',
  },
  {
    id: 'dangol-bore-2021-11-07',
    date: '2021-11-07',
    place: 'Dangol Boré commune (Douentza area)',
    kind: 'ied',
    what: 'Two IEDs on a Togolese convoy; two armoured vehicles damaged; the convoy went on to Mopti.',
    wounded: fromPublic(
      6,
      REF_2021.dangolBore,
      '"Six UN peacekeepers were injured in explosions hitting their convoy and are being treated in Sevare"',
    ),
    killed: fromPublic(0, REF_2021.dangolBore, 'No death reported.'),
  },
  {
    id: 'tessalit-2021-11-22',
    date: '2021-11-22',
    place: '11 km from Tessalit camp',
    kind: 'ied',
    what: 'IED on a vehicle of a Tessalit–Kidal logistics convoy; three evacuated to Dakar, one died on 6 December.',
    wounded: fromPublic(
      3,
      REF_2021.tessalitNov,
      '« Deux autres Casques bleus ont été blessés dans l’incident et tous les trois évacués sur Dakar »',
    ),
    killed: fromPublic(
      1,
      REF_2021.tessalitNov,
      '« Ce soldat avait été grièvement blessé le 22 novembre dernier » (died 6 December).',
    ),
  },
  {
    id: 'kidal-2021-12-04',
    date: '2021-12-04',
    place: 'Kidal camp',
    kind: 'camp',
    what: 'Explosions on the camp.',
    wounded: fromPublic(
      0,
      REF_2021.campsDec,
      '« Action similaire sur le camp de Kidal le 4 décembre » (no victim reported).',
    ),
    killed: fromPublic(0, REF_2021.campsDec, 'No victim reported.'),
  },
  {
    id: 'gao-2021-12-05',
    date: '2021-12-05',
    place: 'Gao camp',
    kind: 'camp',
    what: 'Two explosions on the camp, material damage.',
    wounded: fromPublic(
      0,
      REF_2021.campsDec,
      '« deux explosions ont ciblé le camp de la MINUSMA à Gao occasionnant des dégâts matériels »',
    ),
    killed: fromPublic(0, REF_2021.campsDec, 'No victim reported.'),
  },
  {
    id: 'menaka-2021-12-06',
    date: '2021-12-06',
    place: 'Ménaka camp',
    kind: 'camp',
    what: 'Rocket fire on the camp.',
    wounded: fromPublic(
      0,
      REF_2021.campsDec,
      '« le lundi 6 décembre le camp de la MINUSMA à Ménaka a été la cible de tirs de roquettes » (no victim).',
    ),
    killed: fromPublic(0, REF_2021.campsDec, 'No victim.'),
  },
  {
    id: 'bandiagara-2021-12-08',
    date: '2021-12-08',
    place: 'RN16 near Bandiagara (Douentza–Sévaré)',
    kind: 'ied',
    what: 'IED under a Mamba Mk7 armoured vehicle escorting a four-truck logistics convoy.',
    wounded: fromPublic(
      3,
      REF_2021.bandiagara,
      '"seven Togolese peacekeepers lost their lives and three were seriously injured by an improvised explosive device"',
    ),
    killed: fromPublic(7, REF_2021.bandiagara, '« sept (07) morts et trois (03) blessés graves »'),
    differences:
      'Some press (agenceafrique.com, sputnik) speak of eight dead, probably counting the Egyptian peacekeeper who died on 6 December.',
  },
];

/** The incidents of `kind` among {@link validationIncidents2021}. */
function incidentsOf(kind: IncidentKind): readonly ValidationIncident[] {
  return validationIncidents2021.filter((i) => i.kind === kind);
}

const CAMP_INCIDENTS = incidentsOf('camp');
/** Wounded at once that make a mass-casualty event in the figure below (the scenario's threshold must match). */
export const MASS_CASUALTY_THRESHOLD = 5;
const MASS_CASUALTY_INCIDENTS = validationIncidents2021.filter(
  (i) => i.wounded.value >= MASS_CASUALTY_THRESHOLD,
);
const LARGEST_INCIDENT = validationIncidents2021.reduce((a, b) =>
  b.wounded.value > a.wounded.value ? b : a,
);

const INCIDENT_REF =
  'the incidents of this data set (validationIncidents2021), each with its source';
const INCIDENT_YEAR = publicRef(INCIDENT_REF, 'Calendar year 2021: the dates of the incidents.');

const names = (list: readonly ValidationIncident[]) =>
  list.map((i) => `${i.place} (${i.date})`).join('; ');

/** The public record of 2021, and the late-2020 and early-2022 figures around it. */
export const validationFigures2021: readonly ValidationFigure[] = [
  // ------------------------------------------------------------- wounded
  {
    id: 'wounded-2021',
    label: 'Wounded, 1 Jan–16 Dec 2021',
    title: 'Peacekeepers wounded, 2021 (to 16 Dec)',
    cite: 'MINUSMA, 16 Dec 2021',
    counts:
      'Uniformed peacekeepers wounded in Mali from 1 January to 16 December 2021, as MINUSMA’s head gave it at his year-end press conference. The source does not say whether it counts hostile acts only.',
    from: '2021-01-01',
    to: '2021-12-16',
    windowSource: WINDOW_WANE,
    observed: fromPublic(165, REF_2021.wane2021, QUOTE_WANE),
    kind: 'count',
    confidence: 'high',
    differences:
      'The UN keeps wounded by hostile acts and by other causes apart; this figure does not say which it is (its 28 killed are all causes: 21 by hostile acts per MINUSMA’s internal data to PassBlue, 19 per the UN Staff Union). The three reports of the Secretary-General add up to 48 + 50 + about 50 ≈ 148 wounded by the end of August, consistent with 165 by mid-December.',
  },
  {
    id: 'wounded-s2021-299',
    label: 'Wounded, 1 Jan–15 Mar 2021',
    title: 'MINUSMA personnel wounded, S/2021/299 period',
    cite: 'S/2021/299',
    counts:
      'MINUSMA personnel wounded in the 39 attacks against the mission in the period of S/2021/299 (January to mid-March 2021).',
    from: '2021-01-01',
    to: '2021-03-15',
    windowSource: WINDOW_299,
    observed: fromPublic(48, REF_2021.s2021299, QUOTE_299),
    kind: 'count',
    confidence: 'high',
    differences:
      '« éléments de la Minusma » may include civilian staff and contractors besides peacekeepers (the killed of the same sentence include « 1 vacataire »). Restated identically in S/2021/519 (« 48 blessés »).',
  },
  {
    id: 'wounded-s2021-519',
    label: 'Wounded, 26 Mar–26 May 2021',
    title: 'Peacekeepers wounded, S/2021/519 period',
    cite: 'S/2021/519',
    counts:
      'Peacekeepers wounded in the 14 attacks against MINUSMA in the period of S/2021/519 (26 March to late May 2021).',
    from: '2021-03-26',
    to: '2021-05-26',
    windowSource: WINDOW_519,
    observed: fromPublic(50, REF_2021.s2021519, QUOTE_519),
    kind: 'count',
    confidence: 'high',
  },
  {
    id: 'wounded-s2021-844',
    label: 'Wounded, Jun–Aug 2021',
    title: 'Peacekeepers wounded, S/2021/844 period',
    cite: 'S/2021/844',
    counts:
      'Peacekeepers wounded in the 31 attacks against MINUSMA in the period of S/2021/844 (June to August 2021, as the press summarises it).',
    from: '2021-06-01',
    to: '2021-08-31',
    windowSource: WINDOW_844,
    observed: fromPublic(50, REF_2021.s2021844, QUOTE_844),
    kind: 'about',
    confidence: 'medium',
    differences:
      '"about 50" (« une cinquantaine »). The report’s own window may run to mid-September (a sixth longer than June–August). Its "four deaths" conflict with the named deaths of 2021 (none between June and September) and with the UN’s count of MINUSMA’s dead by hostile acts, which rose by one from 145 on 31 August (Le Monde/AFP, 3 Oct 2021) to 146 on 31 October (senegal24news.com, 8 Dec 2021).',
  },
  {
    id: 'wounded-s2020-1281',
    label: 'Wounded, 1 Oct–15 Dec 2020',
    title: 'Peacekeepers wounded, S/2020/1281 period',
    cite: 'S/2021/299',
    counts:
      'Peacekeepers wounded in the 20 attacks against MINUSMA in the period of S/2020/1281 (about October to mid-December 2020), as S/2021/299 restates it.',
    from: '2020-10-01',
    to: '2020-12-15',
    windowSource: assumption(
      'The period of S/2020/1281, the report before S/2021/299: from the report of late September 2020 (S/2020/952) to a cut-off not in the copies found; 1 October to 15 December 2020 assumed.',
    ),
    observed: fromPublic(
      11,
      REF_2021.s2020Previous,
      '« ces chiffres sont à la hausse par rapport à la période précédente au cours de laquelle 20 attaques ont fait un mort et 11 blessés parmi les Casques bleus »',
    ),
    kind: 'count',
    confidence: 'medium',
  },
  // ------------------------------------------------------------- attacks
  {
    id: 'attacks-s2021-299',
    label: 'Attacks, 1 Jan–15 Mar 2021',
    title: 'Attacks against MINUSMA, S/2021/299 period',
    cite: 'S/2021/299',
    counts:
      'Asymmetric attacks directed against MINUSMA (of 92 against national and international forces, MINUSMA and the signatory armed groups), January to mid-March 2021.',
    from: '2021-01-01',
    to: '2021-03-15',
    windowSource: WINDOW_299,
    observed: fromPublic(39, REF_2021.s2021299, QUOTE_299),
    kind: 'count',
    confidence: 'high',
    differences: SG_ATTACKS,
  },
  {
    id: 'attacks-s2021-519',
    label: 'Attacks, 26 Mar–26 May 2021',
    title: 'Attacks against MINUSMA, S/2021/519 period',
    cite: 'S/2021/519',
    counts: 'Attacks against MINUSMA, 26 March to late May 2021.',
    from: '2021-03-26',
    to: '2021-05-26',
    windowSource: WINDOW_519,
    observed: fromPublic(14, REF_2021.s2021519, QUOTE_519),
    kind: 'count',
    confidence: 'high',
    differences: SG_ATTACKS,
  },
  {
    id: 'attacks-s2021-844',
    label: 'Attacks, Jun–Aug 2021',
    title: 'Attacks against MINUSMA, S/2021/844 period',
    cite: 'S/2021/844',
    counts: 'Attacks against MINUSMA (15 of them in the Kidal region), June to August 2021.',
    from: '2021-06-01',
    to: '2021-08-31',
    windowSource: WINDOW_844,
    observed: fromPublic(31, REF_2021.s2021844, QUOTE_844),
    kind: 'count',
    confidence: 'medium',
    differences: `${SG_ATTACKS} The report’s own window may run to mid-September.`,
  },
  {
    id: 'attacks-s2020-1281',
    label: 'Attacks, 1 Oct–15 Dec 2020',
    title: 'Attacks against MINUSMA, S/2020/1281 period',
    cite: 'S/2021/299',
    counts:
      'Attacks against MINUSMA in the period of S/2020/1281 (about October to mid-December 2020), as S/2021/299 restates it.',
    from: '2020-10-01',
    to: '2020-12-15',
    windowSource: assumption(
      'The period of S/2020/1281, the report before S/2021/299; its cut-off is not in the copies found: 1 October to 15 December 2020 assumed.',
    ),
    observed: fromPublic(
      20,
      REF_2021.s2020Previous,
      '« ces chiffres sont à la hausse par rapport à la période précédente au cours de laquelle 20 attaques ont fait un mort et 11 blessés parmi les Casques bleus »',
    ),
    kind: 'count',
    confidence: 'medium',
    differences: SG_ATTACKS,
  },
  // ------------------------------------------------------------- IEDs
  {
    id: 'ied-attacks-s2021-1117',
    label: 'IED attacks, 1 Oct–15 Dec 2021',
    title: 'IED attacks against MINUSMA, 1 Oct–15 Dec 2021',
    cite: 'S/2021/1117',
    counts:
      'IED attacks against MINUSMA in the period of S/2021/1117 (Kidal 23, Gao 9, Mopti 6, Ménaka 2, Timbuktu 2).',
    from: '2021-10-01',
    to: '2021-12-15',
    windowSource: WINDOW_1117,
    observed: fromPublic(42, REF_2021.s20211117, QUOTE_1117),
    kind: 'count',
    confidence: 'medium',
    differences: QUOTE_1117_READING,
  },
  {
    id: 'ied-wounded-s2021-1117',
    label: 'IED wounded, 1 Oct–15 Dec 2021',
    title: 'Peacekeepers wounded by IEDs, 1 Oct–15 Dec 2021',
    cite: 'S/2021/1117',
    counts: 'Peacekeepers wounded in the IED attacks against MINUSMA of S/2021/1117’s period.',
    from: '2021-10-01',
    to: '2021-12-15',
    windowSource: WINDOW_1117,
    observed: fromPublic(16, REF_2021.s20211117, QUOTE_1117),
    kind: 'count',
    confidence: 'medium',
    differences: `The named IED incidents of the period wounded 4 + 6 + 3 + 3 = 16 (Tessalit 2 Oct, Dangol Boré 7 Nov, Tessalit 22 Nov, Bandiagara 8 Dec), which agrees; its 9 killed agree with the named deaths too. ${QUOTE_1117_READING}`,
  },
  {
    id: 'ied-wounded-jul2020-may2021',
    label: 'IED wounded, Jul 2020–May 2021',
    title: 'Peacekeepers wounded by IEDs, Jul 2020–May 2021',
    cite: 'S/2021/519',
    counts:
      'MINUSMA peacekeepers wounded in explosive-device attacks from July 2020 to the cut-off of S/2021/519 (late May 2021).',
    from: '2020-07-01',
    to: '2021-05-26',
    windowSource: WINDOW_519,
    observed: fromPublic(87, REF_2021.s2021519, QUOTE_EXPLOSIVE),
    kind: 'count',
    confidence: 'high',
    differences:
      'Half of the window (July to 23 December 2020) is the letter’s IED period, on whose 39 devices the model’s IED rate rests; the wounded per detonation are not fitted to it. A year earlier the same window counted 69 wounded. Whether « engins explosifs » include vehicle-borne IEDs is not said: the Kéréna vehicle bomb (10 February 2021, 28 wounded) falls in the window.',
  },
  // ------------------------------------------------------------- named incidents
  {
    id: 'camp-attacks-2021',
    label: 'Attacks on bases, 2021',
    title: 'Attacks on camps and temporary bases, 2021',
    cite: 'Named incidents',
    counts: `Attacks on MINUSMA camps and temporary operating bases in 2021 named in press releases, Security Council statements and the press: ${names(CAMP_INCIDENTS)}. A lower bound: attacks without casualties are seldom reported.`,
    from: '2021-01-01',
    to: '2021-12-31',
    windowSource: INCIDENT_YEAR,
    observed: fromPublic(
      CAMP_INCIDENTS.length,
      INCIDENT_REF,
      `Computed: the ${CAMP_INCIDENTS.length} incidents of kind « camp ».`,
    ),
    kind: 'atLeast',
    confidence: 'medium',
    incidents: CAMP_INCIDENTS.map((i) => i.id),
    differences:
      'A Togolese command post at Douentza was shelled on 29 January 2021 (oceans-news.com, a secondary source), not counted.',
  },
  {
    id: 'camp-wounded-2021',
    label: 'Wounded in camp attacks, 2021',
    title: 'Wounded in attacks on camps and temporary bases, 2021',
    cite: 'Named incidents',
    counts:
      'Peacekeepers wounded (those who died of their wounds included) in the named attacks on camps and temporary bases of 2021 (see camp-attacks-2021). A lower bound.',
    from: '2021-01-01',
    to: '2021-12-31',
    windowSource: INCIDENT_YEAR,
    observed: fromPublic(
      CAMP_INCIDENTS.reduce((a, i) => a + i.wounded.value, 0),
      INCIDENT_REF,
      `Computed: ${CAMP_INCIDENTS.filter((i) => i.wounded.value > 0)
        .map((i) => `${i.wounded.value} (${i.place}, ${i.date})`)
        .join(' + ')}.`,
    ),
    kind: 'atLeast',
    confidence: 'medium',
    incidents: CAMP_INCIDENTS.map((i) => i.id),
    differences:
      'Kéréna is counted with 28 wounded (MINUSMA), one of whom died: the Security Council counts 1 killed and 27 injured. Aguelhok is counted with the UN’s 19, not the Chadian army’s 16.',
  },
  {
    id: 'mass-casualty-events-2021',
    label: `Events with ${MASS_CASUALTY_THRESHOLD}+ wounded, 2021`,
    title: `Events wounding ${MASS_CASUALTY_THRESHOLD} or more at once, 2021`,
    cite: 'Named incidents',
    counts: `Named incidents of 2021 in which at least ${MASS_CASUALTY_THRESHOLD} peacekeepers were wounded at once: ${names(MASS_CASUALTY_INCIDENTS)}. A lower bound; the killed of an incident are not counted.`,
    from: '2021-01-01',
    to: '2021-12-31',
    windowSource: INCIDENT_YEAR,
    observed: fromPublic(
      MASS_CASUALTY_INCIDENTS.length,
      INCIDENT_REF,
      `Computed: the incidents with at least ${MASS_CASUALTY_THRESHOLD} wounded.`,
    ),
    kind: 'atLeast',
    confidence: 'medium',
    incidents: MASS_CASUALTY_INCIDENTS.map((i) => i.id),
  },
  {
    id: 'largest-event-2020-2021',
    label: 'Most wounded at once, 2020–2021',
    title: 'Most peacekeepers wounded at once, Jul 2020–Dec 2021',
    cite: 'Named incidents',
    counts: `The most peacekeepers wounded in one incident from July 2020 to December 2021: ${LARGEST_INCIDENT.place} (${LARGEST_INCIDENT.date}). A lower bound.`,
    from: '2020-07-01',
    to: '2021-12-31',
    windowSource: assumption(
      'July 2020 to December 2021: the embedded scenario’s horizon, so that the model’s largest event over its run compares with it. The named incidents are those of 2021; the reports on the second half of 2020 name none as large (S/2020/1281: 11 peacekeepers wounded in all from October to mid-December 2020).',
    ),
    observed: fromPublic(
      LARGEST_INCIDENT.wounded.value,
      INCIDENT_REF,
      `Computed: the most wounded of the named incidents (${LARGEST_INCIDENT.id}).`,
    ),
    kind: 'atLeast',
    confidence: 'medium',
    incidents: [LARGEST_INCIDENT.id],
  },
  // ------------------------------------------------------------- killed (not modelled)
  {
    id: 'killed-2021-all-causes',
    label: 'Killed (all causes), to 16 Dec 2021',
    title: 'Peacekeepers killed, 2021 (all causes)',
    cite: 'MINUSMA, 16 Dec 2021',
    counts:
      'Uniformed peacekeepers dead in Mali from 1 January to 16 December 2021, all causes (hostile acts, accidents, illness).',
    from: '2021-01-01',
    to: '2021-12-16',
    windowSource: WINDOW_WANE,
    observed: fromPublic(28, REF_2021.wane2021, QUOTE_WANE),
    kind: 'count',
    confidence: 'high',
    differences:
      'All causes: PassBlue, from MINUSMA’s internal data, counts 21 of the 28 as hostile acts; the UN Staff Union 19 killed in deliberate attacks.',
  },
  {
    id: 'killed-hostile-2021',
    label: 'Killed by attacks, 2021',
    title: 'Peacekeepers killed by deliberate attacks, 2021',
    cite: 'UN Staff Union',
    counts:
      'MINUSMA peacekeepers killed in deliberate attacks in calendar 2021, by the UN Staff Union’s count.',
    from: '2021-01-01',
    to: '2021-12-31',
    windowSource: publicRef(REF_2021.staffUnion2021, 'Calendar year 2021.'),
    observed: fromPublic(
      19,
      REF_2021.staffUnion2021,
      '"… (MINUSMA) was the world’s most dangerous, with 19 peacekeepers killed there"',
    ),
    kind: 'count',
    confidence: 'high',
    differences:
      'MINUSMA’s internal data (PassBlue, 23 Dec 2021): 21 by hostile acts. AP’s roster after 8 December: 8 Togolese, 3 Egyptians, 4 Ivorians, 4 Chadians = 19. The Staff Union’s list of nationalities covers every mission and says which of them died in Mali; its Togolese, Chadian, Ivorian and Egyptian dead, the contingents hit in Mali, sum to 18 (it counts 3 Ivorians, AP 4).',
  },
  {
    id: 'killed-hostile-2020',
    label: 'Killed by attacks, 2020',
    title: 'Peacekeepers killed by deliberate attacks, 2020',
    cite: 'UN Staff Union',
    counts: 'MINUSMA peacekeepers killed in deliberate attacks in calendar 2020.',
    from: '2020-01-01',
    to: '2020-12-31',
    windowSource: publicRef(REF_2021.staffUnion2020, 'Calendar year 2020.'),
    observed: fromPublic(
      6,
      REF_2021.staffUnion2020,
      '"MINUSMA remained one of the worst-affected missions, with six peacekeepers killed."',
    ),
    kind: 'count',
    confidence: 'high',
  },
  {
    id: 'killed-ied-2021',
    label: 'Killed by IEDs, 2021',
    title: 'Peacekeepers killed by IEDs, 2021',
    cite: 'PassBlue (MINUSMA data)',
    counts: 'Uniformed peacekeepers killed by IEDs in 2021: half of the 28 deaths.',
    from: '2021-01-01',
    to: '2021-12-23',
    windowSource: publicRef(REF_2021.passBlue, 'To the article’s date, 23 December 2021.'),
    observed: fromPublic(
      14,
      REF_2021.passBlue,
      '"Half of the 28 uniformed peacekeepers deaths recorded this year by Minusma … came from IED attacks" (14 computed); "a twofold increase in fatalities among its troops from improvised explosive devices this year over last year"',
    ),
    kind: 'about',
    confidence: 'medium',
  },
  // ------------------------------------------------------------- Mali-wide (not MINUSMA)
  {
    id: 'mali-ied-2020',
    label: 'Mali IED/mine incidents, 2020',
    title: 'IED/mine incidents in Mali, 2020 (all targets)',
    cite: 'MINUSMA, Feb 2021',
    counts:
      'IED and mine incidents in Mali in 2020, against every target: national and international forces (51 %), civilians (48 %), UN personnel (1 %).',
    from: '2020-01-01',
    to: '2020-12-31',
    windowSource: publicRef(REF_2021.maliIed2020, 'Calendar year 2020.'),
    observed: fromPublic(
      169,
      REF_2021.maliIed2020,
      '« 169 incidents d’EEI/mines ont été recensés au Mali en 2020 et ont coûté la vie à 76 personnes et blessé 287 autres »',
    ),
    kind: 'count',
    confidence: 'high',
  },
  {
    id: 'mali-ied-2021-01',
    label: 'Mali IED/mine explosions, Jan 2021',
    title: 'IED/mine explosions in Mali, January 2021 (all targets)',
    cite: 'MINUSMA, Feb 2021',
    counts:
      'IED and mine explosions in Mali in January 2021, every target (90 % national and international forces).',
    from: '2021-01-01',
    to: '2021-01-31',
    windowSource: publicRef(REF_2021.maliIed2020, 'January 2021.'),
    observed: fromPublic(
      25,
      REF_2021.maliIed2020,
      '« 25 explosions d’engins explosifs improvisés et mines ont été enregistrées durant le premier mois de l’année, faisant 15 morts et 52 blessés »',
    ),
    kind: 'count',
    confidence: 'high',
  },
  {
    id: 'mali-ied-2021-jan-sep',
    label: 'Mali IED/mine incidents, Jan–Sep 2021',
    title: 'IED/mine incidents in Mali, Jan–Sep 2021 (all targets)',
    cite: 'UNMAS, 30 Sep 2021',
    counts: 'IED and mine incidents in Mali from 1 January to 30 September 2021, every target.',
    from: '2021-01-01',
    to: '2021-09-30',
    windowSource: publicRef(REF_2021.unmasSep2021, 'Infographic of 30 September 2021.'),
    observed: fromPublic(
      151,
      REF_2021.unmasSep2021,
      '« depuis le début de l’année 2021, 151 incidents causés par des EEI ou des mines ont été enregistrés au Mali, faisant 282 victimes : 58 morts et 224 blessés »',
    ),
    kind: 'count',
    confidence: 'medium',
  },
  {
    id: 'mali-ied-2021',
    label: 'Mali IED/mine attacks, 2021',
    title: 'IED/mine attacks in Mali, 2021 (all targets)',
    cite: 'MINUSMA, Aug 2022',
    counts: 'IED and mine attacks in Mali in 2021, every target.',
    from: '2021-01-01',
    to: '2021-12-31',
    windowSource: publicRef(REF_2021.maliIed2021, 'Calendar year 2021 as most summaries read it.'),
    observed: fromPublic(
      245,
      REF_2021.maliIed2021,
      '« Un rapport de la Minusma, arrêté le 31 août, a recensé 245 attaques par mines et engins explosifs improvisés (EEI) en 2021 et 134 en 2022. Les mines et les EEI ont fait 103 morts en 2021 et 72 en 2022 »',
    ),
    kind: 'count',
    confidence: 'medium',
    differences:
      'sputniknews.africa (22 Nov 2022) reads the 245 as the first eight months of 2021; UNMAS counted 151 from January to September 2021, which fits the calendar-year reading (151 by September, 53 in October alone) and not the eight-month one.',
  },
  {
    id: 'mali-ied-2021-10',
    label: 'Mali IED attacks, Oct 2021',
    title: 'IED attacks in Mali, October 2021 (all targets)',
    cite: 'S/2021/1117',
    counts: 'IED attacks in Mali in October 2021, the highest month since the mission began.',
    from: '2021-10-01',
    to: '2021-10-31',
    windowSource: WINDOW_1117,
    observed: fromPublic(53, REF_2021.s20211117, QUOTE_1117),
    kind: 'count',
    confidence: 'medium',
    differences: QUOTE_1117_READING,
  },
  {
    id: 'mali-explosive-jul2020-may2021',
    label: 'Mali explosive attacks, Jul 2020–May 2021',
    title: 'Explosive-device attacks in Mali, Jul 2020–May 2021 (all targets)',
    cite: 'S/2021/519',
    counts:
      'Explosive-device attacks in Mali (all targets) from July 2020 to the cut-off of S/2021/519; 168 in the same window a year earlier.',
    from: '2020-07-01',
    to: '2021-05-26',
    windowSource: WINDOW_519,
    observed: fromPublic(137, REF_2021.s2021519, QUOTE_EXPLOSIVE),
    kind: 'count',
    confidence: 'high',
  },
  {
    id: 'mali-attacks-s2021-299',
    label: 'Mali asymmetric attacks, 1 Jan–15 Mar 2021',
    title: 'Asymmetric attacks in Mali, S/2021/299 period (all forces)',
    cite: 'S/2021/299',
    counts:
      'Asymmetric attacks against national and international forces, MINUSMA and the signatory armed groups, January to mid-March 2021 (centre 57, north 35).',
    from: '2021-01-01',
    to: '2021-03-15',
    windowSource: WINDOW_299,
    observed: fromPublic(92, REF_2021.s2021299, QUOTE_299),
    kind: 'count',
    confidence: 'high',
  },
  {
    id: 'mali-attacks-s20211117',
    label: 'Mali asymmetric attacks, 1 Oct–15 Dec 2021',
    title: 'Asymmetric attacks in Mali, 1 Oct–15 Dec 2021 (all forces)',
    cite: 'S/2021/1117',
    counts:
      'Asymmetric attacks against national and international forces, MINUSMA and the signatory armed groups (north 45, centre 18, south 5).',
    from: '2021-10-01',
    to: '2021-12-15',
    windowSource: WINDOW_1117,
    observed: fromPublic(
      68,
      REF_2021.s20211117,
      '« En tout, 68 attaques asymétriques ont été menées contre les forces nationales et internationales, la MINUSMA et les groupes armés signataires, dont 45 dans le Nord »',
    ),
    kind: 'count',
    confidence: 'medium',
  },
  {
    id: 'ied-share-incidents-2021',
    label: 'IED share of casualty incidents, 2021',
    title: 'Share of casualty incidents caused by IEDs, 2021 (%)',
    cite: 'MINUSMA, 16 Dec 2021',
    counts:
      'Share of the incidents behind the deaths and wounds of peacekeepers in 2021 caused by IEDs and mines.',
    from: '2021-01-01',
    to: '2021-12-16',
    windowSource: WINDOW_WANE,
    observed: fromPublic(
      50,
      REF_2021.wane2021,
      '« 50 % des incidents à la base de ces décès et blessures ont été causés par des mines artisanales »',
    ),
    kind: 'about',
    confidence: 'low',
    differences:
      'agenceafrique.com has « 50% des décès et blessures sont dus aux mines artisanales » (a share of casualties, not of incidents); newscentral.africa "more than 50 percent of all incidents".',
  },
  {
    id: 'patrols-2021',
    label: 'Patrols, to 16 Dec 2021',
    title: 'Patrols, 2021',
    cite: 'MINUSMA, 16 Dec 2021',
    counts: 'Patrols MINUSMA carried out from January to 16 December 2021.',
    from: '2021-01-01',
    to: '2021-12-16',
    windowSource: WINDOW_WANE,
    observed: fromPublic(13_000, REF_2021.wane2021, QUOTE_WANE),
    kind: 'about',
    confidence: 'medium',
  },
  {
    id: 'helicopters-centre-2021-06',
    label: 'Helicopters in the centre, Jun 2021',
    title: 'Helicopters available in the centre, June 2021',
    cite: 'France at the UN, Jun 2021',
    counts:
      'Helicopters put at MINUSMA’s disposal in central Mali, one week in two (about 1.5 on average), around June 2021; a diplomat’s statement, not a UN statistic.',
    from: '2021-06-01',
    to: '2021-06-30',
    windowSource: publicRef(REF_2021.frenchUn, 'June 2021.'),
    observed: fromPublic(
      3,
      REF_2021.frenchUn,
      '« il n’y ait que 2.000 Casques bleus dans le centre du pays avec "trois hélicoptères mis à disposition une semaine sur deux" »',
    ),
    kind: 'about',
    confidence: 'medium',
  },
  {
    id: 'attacks-s2022-278',
    label: 'Attacks, Jan–Mar 2022',
    title: 'Attacks against MINUSMA, January–March 2022',
    cite: 'S/2022/278',
    counts:
      'Asymmetric attacks against MINUSMA, January to March 2022: at least the 18 the summary gives for the centre; 55 attacks on national and international forces less the 33 on the Malian forces leave at most 22 for MINUSMA and the other forces.',
    from: '2022-01-01',
    to: '2022-03-15',
    windowSource: assumption(
      'The summary says « de janvier à mars 2022 » (maliweb.net); the report’s cut-off is not in the copies found: 15 March 2022 assumed, as for S/2021/299. S/2021/1117 closed on 15 December 2021, so the report may also count the last half of December 2021.',
    ),
    observed: fromPublic(
      18,
      REF_2021.s2022278,
      '« De janvier à mars 2022, 55 attaques asymétriques ont été menées contre des forces nationales et internationales. Le Centre a été le théâtre de 22 attaques, sur lesquelles 18 ont visé la Mission onusienne. »',
    ),
    kind: 'atLeast',
    confidence: 'low',
    differences:
      'The summary is garbled: read as written, 18 are the attacks against MINUSMA in the centre alone (a lower bound for the whole mission); it may also mean 18 in all. The Malian forces’ 33 of the 55 leave 22 for every other target.',
  },
];

/** The figure with `id`, or undefined. */
export function validationFigure(id: string): ValidationFigure | undefined {
  return validationFigures2021.find((f) => f.id === id);
}
