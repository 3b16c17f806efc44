/**
 * Resolving the scenario a command names: a built-in scenario (see `list`), the embedded
 * `minusma-2020` mission, or a `.ts`/`.json` scenario file; and the `--horizon-days` override.
 *
 * The built-in scenarios are scenario files the package ships in its `scenarios/` folder (each a
 * short typed variant of the embedded mission, written against the public API as a user would
 * write one). The command line loads them from there when it starts; the library never imports
 * them.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { minusma2020 } from '../data/index.js';
import { ScenarioLoadError } from '../errors.js';
import {
  type LoadScenarioOptions,
  loadScenario,
  type Scenario,
  variant,
} from '../scenario/index.js';
import { CliInterruptedError } from './errors.js';

/**
 * The package's `scenarios/index` module: next to `src/` from sources, next to `dist/src/` when
 * compiled (where the scenario files are compiled too).
 */
const BUILT_IN_INDEX = new URL(
  import.meta.url.endsWith('.ts') ? '../../scenarios/index.ts' : '../../scenarios/index.js',
  import.meta.url,
);

const { builtInScenarios } = (await import(BUILT_IN_INDEX.href)) as {
  readonly builtInScenarios: Readonly<Record<string, Scenario>>;
};

/** Name under which the CLI knows the embedded mission scenario itself. */
export const EMBEDDED_SCENARIO_NAME = minusma2020.name;

/** The scenarios a name can refer to: the built-ins, then the embedded mission. */
export function namedScenarios(): Readonly<Record<string, Scenario>> {
  return { ...builtInScenarios, [EMBEDDED_SCENARIO_NAME]: minusma2020 };
}

/**
 * The scenario `ref` names: a built-in name, the embedded mission's name, or the path of a
 * scenario file (relative to `cwd`), loaded with `options` (`--data-only`, the time limit of a
 * `.ts`/`.js` scenario program, the interruption signal).
 *
 * @throws {@link ScenarioLoadError} for an unknown name, a missing file or one that cannot be
 *   evaluated (or not in time, or that is a program under `--data-only`)
 * @throws {@link ScenarioValidationError} for a file whose content is not a valid scenario or
 *   exceeds a limit
 * @throws {@link CliInterruptedError} when `options.signal` aborts while a program loads
 */
export async function resolveScenario(
  ref: string,
  cwd: string,
  options: LoadScenarioOptions = {},
): Promise<Scenario> {
  const named = namedScenarios()[ref];
  if (named !== undefined && Object.hasOwn(namedScenarios(), ref)) return named;
  // A path: it has a directory part or an extension. `loadScenario` rejects the extensions it
  // cannot load with its own message.
  if (extname(ref) !== '' || ref.includes('/') || ref.includes('\\')) {
    const path = resolve(cwd, ref);
    if (!existsSync(path)) throw new ScenarioLoadError(ref, 'no such file');
    try {
      return await loadScenario(path, options);
    } catch (error) {
      if (options.signal?.aborted === true) throw new CliInterruptedError();
      throw error;
    }
  }
  const names = Object.keys(namedScenarios()).join(', ');
  throw new ScenarioLoadError(
    ref,
    `unknown scenario: not a built-in scenario (${names}) nor a .ts or .json file`,
  );
}

/** `scenario` with its horizon replaced (a validated variant), or unchanged when `days` is undefined. */
export function withHorizon(scenario: Scenario, days: number | undefined): Scenario {
  if (days === undefined || days === scenario.horizonDays) return scenario;
  return variant(scenario, (draft) => {
    draft.horizonDays = days;
  });
}
