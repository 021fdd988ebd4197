/**
 * @file The list of CLI commands, in the order `--help` shows them.
 */
import type { CliCommand } from '../cli-command';
import { infoCommand } from './info-command';
import { importCommand } from './import-command';
import { demoCommand } from './demo-command';
import { penaltyCommand } from './penalty-command';
import { penaltyRunCommand } from './penalty-run-command';
import { epdExportCommand } from './epd-export-command';
import { callsCommand } from './calls-command';
import { smsCommand } from './sms-command';
import { rulesCommand } from './rules-command';
import { claimsCommand } from './claims-command';
import { mailingCommand } from './mailing-command';
import { noticesCommand } from './notices-command';
import { accountCommand } from './account-command';
import { limitationCommand } from './limitation-command';
import { dutyCommand } from './duty-command';
import { callCommand } from './call-command';
import { courtQueueCommand } from './court-queue-command';

export const commands: CliCommand[] = [
  infoCommand,
  accountCommand,
  limitationCommand,
  dutyCommand,
  importCommand,
  demoCommand,
  penaltyCommand,
  penaltyRunCommand,
  epdExportCommand,
  callsCommand,
  smsCommand,
  rulesCommand,
  claimsCommand,
  mailingCommand,
  noticesCommand,
  courtQueueCommand,
  callCommand,
];
