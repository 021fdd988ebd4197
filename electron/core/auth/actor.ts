/**
 * @file Who is calling: the connection a host holds, and the actor the core resolves from it.
 *
 * A host never says who the user is. It passes its Connection (the browser host's session cookie, the Electron
 * window's session, the command line's OS user) and dispatch resolves the Actor from the core's own session store
 * and the database: electron/core/auth/resolve-actor.ts. Handlers receive the actor; no API input carries a user id.
 */
import type { Permission } from '../../../shared/auth/permissions';
import type { UserRole } from '../../../shared/auth/roles';

/**
 * The caller's side of a call. `session.token` is mutable: auth.signIn / auth.setupAdmin set it and auth.signOut
 * clears it; the host keeps the new value (cookie, window) after the call.
 */
export type Connection = { kind: 'session'; token: string | null } | { kind: 'cli'; osUser: string };

export interface Actor {
  /** The users row; null for the command line. */
  userId: number | null;
  login: string;
  /** As the journal writes it: «Иванова Мария Петровна», «Командная строка (ivan)». */
  name: string;
  role: UserRole;
  permissions: ReadonlySet<Permission>;
  mustChangePassword: boolean;
}

/** What the journal keeps of an actor (also what a worker thread's job carries). */
export interface JournalActor {
  userId: number | null;
  name: string;
}

export function journalActor(actor: Actor): JournalActor {
  return { userId: actor.userId, name: actor.name };
}

/** A call of a method that needs a signed-in user. */
export interface Call {
  actor: Actor;
  connection: Connection;
}

/** A call of a public method (sign-in, first administrator): there may be nobody yet. */
export interface PublicCall {
  actor: Actor | null;
  connection: Connection;
}

export function newSessionConnection(): Connection {
  return { kind: 'session', token: null };
}

export function cliConnection(osUser: string): Connection {
  return { kind: 'cli', osUser };
}
