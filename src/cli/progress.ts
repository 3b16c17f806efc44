/**
 * The progress bar (cli-progress) on stderr: replications done and total, rate and time left.
 * Wall-clock time is read here, at the edge of the CLI, and never reaches the model.
 *
 * @module
 */
import cliProgress from 'cli-progress';

/** A progress reporter for the experiment functions' `onProgress`. */
export interface ProgressReporter {
  /** Pass as `onProgress`. */
  readonly update: (done: number, total: number) => void;
  /** Stops and clears the bar. */
  readonly stop: () => void;
}

/**
 * Progress as plain lines (for logs, `--progress` when stderr is not a TTY): at the first
 * replication, then at every tenth of the total.
 */
export function createProgressLines(
  write: (text: string) => void,
  label: string,
): ProgressReporter {
  const t0 = performance.now();
  let next = 1;
  return {
    update: (done, total) => {
      const now = performance.now();
      if (done < next && done < total) return;
      next = Math.max(done + 1, Math.ceil(((Math.floor((10 * done) / total) + 1) * total) / 10));
      const seconds = (now - t0) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 && done < total ? `, ~${Math.ceil((total - done) / rate)} s left` : '';
      write(`${label}: ${done}/${total} replications (${rate.toFixed(1)}/s${left})\n`);
    },
    stop: () => undefined,
  };
}

/**
 * A progress bar writing to `stream`, or undefined when there is no stream (not a TTY) or the
 * user asked for `--quiet`.
 */
export function createProgress(
  stream: NodeJS.WritableStream | undefined,
  quiet: boolean,
  label: string,
): ProgressReporter | undefined {
  if (stream === undefined || quiet) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {value}/{total} replications | {rate}/s | {eta_formatted} left`,
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let t0 = 0;
  return {
    update: (done, total) => {
      const now = performance.now();
      if (!started) {
        started = true;
        t0 = now;
        bar.start(total, 0, { rate: '-' });
      }
      const seconds = (now - t0) / 1000;
      const rate = seconds > 0 ? (done / seconds).toFixed(1) : '-';
      bar.setTotal(total);
      bar.update(done, { rate });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
