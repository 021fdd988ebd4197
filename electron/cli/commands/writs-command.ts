/**
 * @file `writs deadlines`: one action of its command (electron/cli/commands/index.ts). Placeholder until it lands.
 */
import type { CliAction } from '../cli-command';
import { CliFailure } from '../cli-api';

export const writsDeadlinesAction: CliAction = {
  method: null,
  summary: 'ещё не сделано',
  async run() {
    throw new CliFailure('Команда «writs deadlines» ещё не сделана.', 1);
  },
};
