/**
 * What one replication hands to the experiment layer: compact plain data whose size is bounded
 * by the mission (days, sectors, routes, histogram bins), never by the number of events.
 *
 * Everything here is chosen so that aggregates merge EXACTLY in any order (shards, workers):
 * - `scalars` are kept per replication and summarised at the end in replication order;
 * - `series` hold integer counts per day, so per-day sums and sums of squares are exact
 *   integers in float64 and the per-day value histograms are integer tallies;
 * - `histograms` are integer counts over fixed bins.
 *
 * @module
 */

/** A fixed-bin histogram: bin `i` counts values in `[i·binWidth, (i+1)·binWidth)`; the last bin is open-ended. */
export interface Histogram {
  /** Width of one bin, in the metric's unit (minutes for response times). */
  readonly binWidth: number;
  /** Counts per bin (integers). */
  readonly counts: number[];
}

/** Result of one replication. */
export interface ReplicationRecord {
  readonly replication: number;
  /**
   * Named scalar metrics (e.g. `fleet.inDailyUse@2020-12-23`, `ied.encounters`,
   * `casevac.surgeryWithinTarget.share`). NaN is allowed for "not defined in this replication"
   * (e.g. a compliance share with no casualties) and is skipped by summaries.
   */
  readonly scalars: Record<string, number>;
  /** Named daily series of integer counts, one value per simulated day. */
  readonly series: Record<string, number[]>;
  /** Named histograms of samples (response times in minutes). */
  readonly histograms: Record<string, Histogram>;
}
