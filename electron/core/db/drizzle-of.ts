/**
 * @file The typed drizzle handle over a raw better-sqlite3 connection, made once per connection.
 *
 * Services that receive the raw connection (job workers open their own; many services take `sqlite` for the few
 * measured hot statements) use `drizzleOf(sqlite)` for their ordinary queries, so those are typed by the schema
 * instead of cast with `as`. Same connection, same transactions: a drizzle query inside `sqlite.transaction(...)`
 * runs in it.
 */
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../../shared/db/schema';
import type { AppDb } from './connection';

const handles = new WeakMap<Database.Database, AppDb>();

export function drizzleOf(sqlite: Database.Database): AppDb {
  let db = handles.get(sqlite);
  if (!db) {
    db = drizzle(sqlite, { schema }) as AppDb;
    handles.set(sqlite, db);
  }
  return db;
}
