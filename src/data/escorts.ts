/**
 * Escorted logistics convoys (`parameters.escorts`): which routes carry them, how often, and which
 * units escort them. The routes' movements a month (`routes.ts`) already count these convoys for
 * their IED exposure; here they take an escort unit away from the response for each round trip.
 *
 * @module
 */
import type { EscortsParameters } from '../dynamics/escorts.js';
import { assumed, fromPublic } from '../model/provenance.js';
import { REF } from './sources.js';

/** The escort parameters of the embedded scenario. */
export const escortsParameters: EscortsParameters = {
  drivingHoursPerDay: assumed(
    12,
    'Convoys move by day and halt at night in a defended leaguer: about 12 hours of driving a day in the Sahel. At the routes’ convoy speeds this puts Gao–Kidal (352 km at 30 km/h, 11.7 h) at one day each way, the "normally a single day" of the public record.',
  ),
  turnaroundHours: assumed(
    { dist: 'triangular', min: 12, mode: 24, max: 72 } as const,
    'Unloading, loading, vehicle checks and rest at the destination before the return: half a day to three days, most often one.',
  ),
  maxWaitHours: assumed(
    72,
    'A supply convoy is held up to three days for its escort; after that the run counts it cancelled (its supplies go late, or by air).',
  ),
  convoys: [
    {
      route: 'gao-menaka',
      perMonth: fromPublic(1, REF.menakaConvoys, 'One round trip a month.'),
      escortFrom: assumed(
        'ansongo',
        'The Nigerien escort of the public record (maliweb) comes from Niger’s units on the route: the Ansongo company first, the Ménaka battalion otherwise (both Nigerien in the rotations data).',
      ),
    },
    {
      route: 'gao-kidal',
      perMonth: assumed(
        2,
        'Two logistics convoys a month supply Sector North from Gao, as the route’s movements count them.',
      ),
      escortFrom: assumed(
        'gao',
        'Convoys form at the Gao logistics base and are escorted by Sector East units from Gao up to Kidal and back.',
      ),
    },
    {
      route: 'kidal-tessalit',
      perMonth: assumed(
        2,
        'Two resupply convoys a month for Aguelhok and Tessalit, as the route’s movements count them.',
      ),
      escortFrom: assumed('kidal', 'Sector North escorts its own resupply convoys from Kidal.'),
    },
  ],
};
