/**
 * @file drizzle-kit configuration: `npm run db:generate -- --name <what_changed>` writes a new migration
 * into migrations/ from shared/db/schema.ts and the area files beside it (schema-*.ts, one per feature area). Never edit a migration once it is committed.
 */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './shared/db/schema*.ts',
  out: './migrations',
  strict: true,
  breakpoints: true,
});
