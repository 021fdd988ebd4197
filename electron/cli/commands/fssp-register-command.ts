/**
 * @file `fssp register`: one action of its command (electron/cli/commands/index.ts). Placeholder until it lands.
 */
import type { CliAction } from '../cli-command';
import { CliFailure } from '../cli-api';

export const fsspRegisterAction: CliAction = {
  method: null,
  summary: 'ещё не сделано',
  async run() {
    throw new CliFailure('Команда «fssp register» ещё не сделана.', 1);
  },
};
