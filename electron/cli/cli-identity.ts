/**
 * @file Who the command line is: «Командная строка (<OS user>)». Dispatch gives it the role the administrator set
 * for it (security.cliRole, administrator by default: the CLI runs on the PC that holds the data).
 */
import os from 'node:os';
import { cliConnection, type Connection } from '../core/auth/actor';

export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'пользователь';
  }
}

export function cliCaller(): Connection {
  return cliConnection(osUserName());
}
