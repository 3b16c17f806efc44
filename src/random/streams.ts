import seedrandom from 'seedrandom';
import { InvalidArgumentError } from '../errors.js';

/**
 * A source of uniform random numbers in [0, 1): call it to draw. Distributions take one as their
 * first argument, so randomness is always injected, never global.
 */
export type Rng = () => number;

/** A named, seeded {@link Rng}. `key` is the full derivation path it was seeded from. */
export interface RandomStream extends Rng {
  /** `seed/replication/purpose[/entity]`: reproduces the stream exactly. */
  readonly key: string;
}

/**
 * The streams of one replication. A stream is identified by a purpose (what it drives, e.g.
 * `'ied'`) and optionally an entity id (e.g. `'route:gao-labbezanga'`); asking twice for the
 * same pair returns the same stream object, so draws continue rather than repeat.
 */
export interface ReplicationStreams {
  readonly seed: string;
  readonly replication: number;
  /** The stream for `purpose` (and `entityId`), created on first use. */
  stream(purpose: string, entityId?: string): RandomStream;
}

/** Root of the stream tree for one experiment seed. */
export interface SeedStreams {
  readonly seed: string;
  /** The streams of replication `r` (a non-negative integer). */
  replication(r: number): ReplicationStreams;
}

/**
 * Named seeded random streams. Every stream is derived from
 * `(seed, replication, purpose, entity id)` by hashing that path, so:
 *
 * - the same scenario, seed and replication give the same draws (determinism);
 * - two scenarios that differ in one entity share every other entity's draws (common random
 *   numbers): adding a helicopter or a route shifts no one else's stream;
 * - replications are independent of each other and of the order they run in, which is what lets
 *   an experiment split over workers and shards and merge exactly.
 *
 * The generator is seedrandom's Alea: measured here at about 145 M draws/s against 31 M/s for
 * seedrandom's default ARC4 (4.7x), and its Mash hash spreads string seeds well, which matters
 * because every stream's seed is a string that differs from its neighbours by a few characters.
 *
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('ied', 'route:gao-labbezanga');
 * const u = rng(); // uniform in [0, 1)
 * ```
 */
export function streams(seed: number | string): SeedStreams {
  if (typeof seed === 'number' && !Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError('seed', 'a safe integer or a string', seed);
  }
  if (typeof seed !== 'number' && typeof seed !== 'string') {
    throw new InvalidArgumentError('seed', 'a safe integer or a string', seed);
  }
  const seedText = String(seed);
  return {
    seed: seedText,
    replication(r: number): ReplicationStreams {
      if (!Number.isSafeInteger(r) || r < 0) {
        throw new InvalidArgumentError('replication', 'a non-negative integer', r);
      }
      return replicationStreams(seedText, r);
    },
  };
}

function replicationStreams(seed: string, replication: number): ReplicationStreams {
  const cache = new Map<string, RandomStream>();
  return {
    seed,
    replication,
    stream(purpose: string, entityId?: string): RandomStream {
      if (typeof purpose !== 'string' || purpose.length === 0) {
        throw new InvalidArgumentError('purpose', 'a non-empty string', purpose);
      }
      const key =
        entityId === undefined
          ? `${seed}/${replication}/${purpose}`
          : `${seed}/${replication}/${purpose}/${entityId}`;
      let s = cache.get(key);
      if (s === undefined) {
        s = createStream(key);
        cache.set(key, s);
      }
      return s;
    },
  };
}

/** A stream seeded directly from a key string (the derivation path). */
export function createStream(key: string): RandomStream {
  // The generator itself is the stream (no wrapper call on the hot path); `key` is attached.
  return Object.assign(seedrandom.alea(key), { key }) as unknown as RandomStream;
}
