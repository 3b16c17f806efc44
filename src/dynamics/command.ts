/**
 * Command: a forward command post shortens the time from knowing of a threat to ordering a unit
 * out in its sector. While a unit of kind `forward-command-post` is present, not absent and not moving, the
 * dispatch delay of threats in the sector of its base is multiplied by `dispatchFactor`.
 *
 * @module
 */
import { z } from 'zod';
import { parameter } from '../model/fields.js';
import { defineCapability } from './capability.js';
import { type ForceApi, ForcePort } from './force.js';
import { type Ports, port } from './ports.js';
import type { Runtime } from './runtime.js';

/** Parameters of command (`scenario.parameters.command`). */
export const commandParametersSchema = z
  .strictObject({
    /** Multiplier on the dispatch delay in a sector with a forward command post. */
    dispatchFactor: parameter('fraction', {
      label:
        'Dispatch delay in a sector with a forward command post, as a share of the delay elsewhere',
      unit: 'share',
      plausible: [0.3, 0.8],
    }),
  })
  .readonly();

/** Parameters of command. */
export type CommandParameters = z.infer<typeof commandParametersSchema>;

/** Command, as other capabilities ask it (port {@link CommandPort}). */
export interface CommandApi {
  /** Multiplier on the dispatch delay of a threat in `sector` now (1 without a forward command post). */
  dispatchFactor(sector: string): number;
}

/** The port of command. */
export const CommandPort = port<CommandApi>('command');

class CommandDynamics implements CommandApi {
  private forceApi: ForceApi | undefined;

  constructor(
    private readonly rt: Runtime,
    private readonly ports: Ports,
  ) {}

  private get force(): ForceApi {
    this.forceApi ??= this.ports.get(ForcePort);
    return this.forceApi;
  }

  dispatchFactor(sector: string): number {
    for (const u of this.force.units) {
      if (u.unit.kind !== 'forward-command-post' || !u.present || u.absent || u.moving) continue;
      if (this.rt.world.place(u.base).sector === sector) {
        return (this.rt.params.command as CommandParameters).dispatchFactor.value;
      }
    }
    return 1;
  }
}

/** The command capability: forward command posts shorten dispatch in their sector. */
export const command = defineCapability({
  id: 'command',
  title: 'Command',
  summary:
    'A forward command post, present in a sector, shortens the delay from knowing of a threat to ordering a unit out there.',
  parameters: commandParametersSchema,
  provides: [CommandPort],
  requires: [ForcePort],
  start(rt, ports): CommandApi {
    const live = new CommandDynamics(rt, ports);
    ports.provide(CommandPort, live);
    return live;
  },
});
