/**
 * The error hierarchy of peacekeeping-sim. Every error the library throws on purpose is a
 * {@link PeacekeepingSimError}; its `code` is stable and documented, so callers can branch on it.
 *
 * | code | class | when |
 * |---|---|---|
 * | `PKS_INVALID_ARGUMENT` | {@link InvalidArgumentError} | a function got a value outside its domain (negative delay, capacity < 1, bad distribution parameter) |
 * | `PKS_INVALID_SCENARIO` | {@link ScenarioValidationError} | a scenario failed structural or semantic validation; `issues` lists every problem with its path |
 * | `PKS_SIMULATION` | {@link SimulationError} | a process failed during a run and nobody handled it; carries the process name and simulation time |
 * | `PKS_SCENARIO_LOAD` | {@link ScenarioLoadError} | a scenario file could not be read or evaluated |
 * | `PKS_EXPERIMENT` | {@link ExperimentError} | an experiment could not be run or merged (mismatched shards, worker failure) |
 * | `PKS_INVARIANT` | `InvariantError` (`peacekeeping-sim/testing`) | a planning invariant or property checked by the testing kit does not hold |
 *
 * @module
 */

/** Stable codes of {@link PeacekeepingSimError}. */
export type ErrorCode =
  | 'PKS_INVALID_ARGUMENT'
  | 'PKS_INVALID_SCENARIO'
  | 'PKS_SIMULATION'
  | 'PKS_SCENARIO_LOAD'
  | 'PKS_EXPERIMENT'
  | 'PKS_INVARIANT';

/** Base class of every error thrown on purpose by peacekeeping-sim. */
export class PeacekeepingSimError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * A function received an argument outside its domain. `field` names the argument (or a path
 * inside it), `expected` says what was wanted and `received` shows what came.
 */
export class InvalidArgumentError extends PeacekeepingSimError {
  readonly field: string;
  readonly expected: string;
  readonly received: unknown;
  constructor(field: string, expected: string, received: unknown) {
    super('PKS_INVALID_ARGUMENT', `${field}: expected ${expected}, got ${describeValue(received)}`);
    this.field = field;
    this.expected = expected;
    this.received = received;
  }
}

/** One problem found while validating a scenario. */
export interface ValidationIssue {
  /** Path to the offending value, e.g. `mission.routes[3].lengthKm`. */
  readonly path: string;
  /** What was expected and what was found. */
  readonly message: string;
}

/** A scenario failed validation. `issues` holds every problem found, not just the first. */
export class ScenarioValidationError extends PeacekeepingSimError {
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[], source?: string) {
    const head = source ? `invalid scenario ${source}` : 'invalid scenario';
    const lines = issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`);
    super(
      'PKS_INVALID_SCENARIO',
      `${head} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    );
    this.issues = issues;
  }
}

/** A process failed during a simulation run and no other process handled the failure. */
export class SimulationError extends PeacekeepingSimError {
  /** Name of the process that failed. */
  readonly processName: string;
  /** Simulation time (hours) at which it failed. */
  readonly time: number;
  constructor(processName: string, time: number, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super('PKS_SIMULATION', `process '${processName}' failed at t=${time} h: ${why}`, { cause });
    this.processName = processName;
    this.time = time;
  }
}

/** A scenario file could not be read, parsed or evaluated. */
export class ScenarioLoadError extends PeacekeepingSimError {
  readonly file: string;
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super('PKS_SCENARIO_LOAD', `${file}: ${message}`, options);
    this.file = file;
  }
}

/** An experiment could not be run, merged or reproduced. */
export class ExperimentError extends PeacekeepingSimError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('PKS_EXPERIMENT', message, options);
  }
}

/** Short, safe rendering of a value for error messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
