/**
 * The built-in scenarios, by name. Each is a short typed variant of the embedded MINUSMA 2020
 * scenario whose header comment states the question it answers.
 */
import type { Scenario } from '../src/index.js';
import { scenario as adaptationPlan } from './adaptation-plan.js';
import { scenario as asItHappened2021 } from './as-it-happened-2021.js';
import { scenario as baseline2020 } from './baseline-2020.js';
import { scenario as counterIedToolbox } from './counter-ied-toolbox.js';
import { scenario as helicopterGapClosed } from './helicopter-gap-closed.js';
import { scenario as iedEscalation2021 } from './ied-escalation-2021.js';
import { scenario as moptiDelay12m } from './mopti-delay-12m.js';
import { scenario as pledgeFails } from './pledge-fails.js';
import { scenario as rotationsSuspendedAgain } from './rotations-suspended-again.js';
import { scenario as transition18m } from './transition-18m.js';

/** Built-in scenarios by name, in the order `list` shows them. */
export const builtInScenarios: Readonly<Record<string, Scenario>> = {
  'baseline-2020': baseline2020,
  'adaptation-plan': adaptationPlan,
  'helicopter-gap-closed': helicopterGapClosed,
  'mopti-delay-12m': moptiDelay12m,
  'counter-ied-toolbox': counterIedToolbox,
  'transition-18m': transition18m,
  'rotations-suspended-again': rotationsSuspendedAgain,
  'pledge-fails': pledgeFails,
  'as-it-happened-2021': asItHappened2021,
  'ied-escalation-2021': iedEscalation2021,
};

/** Names of the built-in scenarios. */
export const builtInScenarioNames: readonly string[] = Object.keys(builtInScenarios);
