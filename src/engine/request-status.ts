/**
 * The life of a request to a {@link Resource} or a {@link Pool}, shared by both: its states as
 * small integers on the hot path, their names, and the refusal of a release in a state that
 * cannot be released.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/** Life of a request. */
export type RequestStatus = 'waiting' | 'granted' | 'released' | 'cancelled' | 'preempted';

export const WAITING = 0;
export const GRANTED = 1;
export const RELEASED = 2;
export const CANCELLED = 3;
export const PREEMPTED = 4;

/** The name of each state, by its integer. */
export const STATUS: readonly RequestStatus[] = [
  'waiting',
  'granted',
  'released',
  'cancelled',
  'preempted',
];

/** Throws why a request in `status` (neither granted nor preempted) cannot be released. */
export function refuseRelease(status: number): never {
  switch (status) {
    case WAITING:
      throw new InvalidArgumentError(
        'request',
        'a granted request (cancel() withdraws a waiting one)',
        'a request still waiting',
      );
    case RELEASED:
      throw new InvalidArgumentError(
        'request',
        'a request not yet released',
        'a request already released',
      );
    default:
      throw new InvalidArgumentError('request', 'a granted request', 'a cancelled request');
  }
}
