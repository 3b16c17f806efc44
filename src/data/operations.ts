/**
 * The named operations of the letter, as data: dates and areas (ids of places, routes or
 * incident areas) with the French quote each rests on.
 *
 * @module
 */
import type { Operation } from '../model/mission.js';
import { letter, QUOTE, SECTION } from './sources.js';

/** Operations Mangouste, Buffalo, Cobra, Winner, Seka, Amouken, Toolbox and « Ménaka sans armes ». */
export const operations: readonly Operation[] = [
  {
    id: 'mangouste',
    name: 'Mangouste',
    start: '2020-10-23',
    areas: ['douentza-circle', 'douentza'],
    purpose:
      'Mobile task force concept: protect civilians beyond current deployments; new phase with a rapid deployment to Douentza circle supporting the Malian defence and security forces.',
    source: letter(QUOTE.mangousteNewPhase, SECTION.operations, 'mangouste_new_phase'),
  },
  {
    id: 'buffalo',
    name: 'Buffalo',
    areas: [
      'bandiagara-circle',
      'koro-circle',
      'bankass-circle',
      'tob-bandiagara',
      'tob-koro',
      'tob-bankass',
    ],
    purpose:
      'Preventive protection of civilians in high-risk circles from temporary operating bases, with civilian mediation.',
    source: letter(QUOTE.buffalo, SECTION.operations),
  },
  {
    id: 'cobra',
    name: 'Cobra',
    start: '2020-10',
    areas: ['tob-timiniri', 'timiniri'],
    purpose:
      'Joint force, police and Malian forces operation; eight arrests and IED components seized.',
    source: letter(QUOTE.cobra, SECTION.operations, 'cobra_date'),
  },
  {
    id: 'winner',
    name: 'Winner',
    areas: ['timbuktu', 'goundam-circle', 'dire-circle', 'niafunke-circle'],
    purpose:
      'Series of protection-of-civilians initiatives with the Malian forces in the Timbuktu region.',
    source: letter(QUOTE.winner, SECTION.operations),
  },
  {
    id: 'seka',
    name: 'Seka',
    areas: ['gao-labbezanga', 'gao-labbezanga-axis'],
    purpose: 'Route security on the Gao–Labbezanga axis where the national army is little present.',
    source: letter(QUOTE.seka, SECTION.operations),
  },
  {
    id: 'amouken',
    name: 'Amouken',
    areas: ['kidal'],
    purpose: 'Integrated civil–military outreach to isolated villages with quick-impact projects.',
    source: letter(QUOTE.amouken, SECTION.operations),
  },
  {
    id: 'toolbox',
    name: 'Toolbox',
    start: '2020-07',
    areas: [
      'gao-labbezanga',
      'gao-menaka',
      'gao-kidal',
      'kidal-tessalit',
      'gao-douentza',
      'mopti-douentza',
      'mopti-bankass',
      'douentza-timbuktu',
      'mopti-timbuktu',
      'bamako-mopti',
    ],
    purpose: 'Comprehensive package of IED risk-mitigation measures on all main convoy routes.',
    source: letter(QUOTE.toolbox, SECTION.performance, 'toolbox_date'),
  },
  {
    id: 'menaka-sans-armes',
    name: '« Ménaka sans armes »',
    areas: ['menaka-town', 'menaka'],
    purpose:
      'Urban security initiative with the Malian forces and signatory armed groups: checkpoints, coordinated patrols, vehicles lent.',
    source: letter(QUOTE.menakaSansArmes, SECTION.operations),
  },
];
