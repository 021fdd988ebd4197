/**
 * @file Entry point of the command line: `npm run cli -- <command> [options]`.
 */
import { runCli } from './run-cli';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
