/**
 * @file Server-side sessions: a random token → the signed-in user, locked after the administrator's idle time.
 *
 * Held in memory by the core (one per running application): a restart signs everyone out, which on an office PC is
 * what a clerk expects. The browser host keeps the token in an HttpOnly cookie, the Electron shell per window; the
 * page never sees it. Passive calls (a job's progress polled every second) do not count as activity, so an open
 * progress bar does not keep an abandoned session alive.
 */
import crypto from 'node:crypto';

interface SessionEntry {
  userId: number;
  createdMs: number;
  lastActiveMs: number;
}

export type SessionLookup = { userId: number } | { expired: true } | null;

export interface SessionStore {
  /** Opens a session for the user and answers its token. */
  create(userId: number, nowMs: number): string;
  /**
   * The session's user, or `{ expired: true }` once `idleMs` passed without activity (the session is then closed), or
   * null for a token this store never issued. `touch` records activity.
   */
  lookup(token: string, nowMs: number, idleMs: number, touch: boolean): SessionLookup;
  destroy(token: string): void;
  /** Closes every session of a user (deactivated, password reset by the administrator). */
  destroyForUser(userId: number, exceptToken?: string): void;
}

export function createSessionStore(): SessionStore {
  const sessions = new Map<string, SessionEntry>();
  return {
    create(userId, nowMs) {
      const token = crypto.randomBytes(32).toString('base64url');
      sessions.set(token, { userId, createdMs: nowMs, lastActiveMs: nowMs });
      return token;
    },
    lookup(token, nowMs, idleMs, touch) {
      const entry = sessions.get(token);
      if (!entry) return null;
      if (nowMs - entry.lastActiveMs > idleMs) {
        sessions.delete(token);
        return { expired: true };
      }
      if (touch) entry.lastActiveMs = nowMs;
      return { userId: entry.userId };
    },
    destroy(token) {
      sessions.delete(token);
    },
    destroyForUser(userId, exceptToken) {
      for (const [token, entry] of sessions)
        if (entry.userId === userId && token !== exceptToken) sessions.delete(token);
    },
  };
}
