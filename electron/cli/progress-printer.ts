/**
 * @file Progress of long CLI commands on stderr: one line per stage, and percentages at most every 10 %.
 */
import type { CliIo } from './cli-command';

export function progressPrinter(io: CliIo): (stage: string, fraction: number) => void {
  let lastStage = '';
  let lastTenth = -1;
  return (stage, fraction) => {
    const tenth = Math.floor(fraction * 10);
    if (stage !== lastStage) {
      io.err(`${stage}…\n`);
      lastStage = stage;
    } else if (tenth !== lastTenth) {
      io.err(`  ${tenth * 10} %\n`);
    }
    lastTenth = tenth;
  };
}
