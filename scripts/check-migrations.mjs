// Guards migrations/ (modelled on Actual's check-migrations.js; a merged migration is never edited):
// 1. the journal's `when` strictly increases and every entry has its .sql file (drizzle 0.x silently skips an
//    entry dated older than the newest applied one);
// 2. no .sql file is missing from the journal;
// 3. shared/db/schema.ts has no change that lacks a migration (drizzle-kit generate would write a new file).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(root, 'migrations');
const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8'));
const problems = [];

let previous = -Infinity;
journal.entries.forEach((entry, i) => {
  if (entry.idx !== i) problems.push(`запись ${entry.tag}: idx ${entry.idx}, ожидался ${i}`);
  if (!(entry.when > previous))
    problems.push(`запись ${entry.tag}: время ${entry.when} не больше предыдущего ${previous}`);
  previous = entry.when;
  if (!fs.existsSync(path.join(folder, `${entry.tag}.sql`))) problems.push(`нет файла ${entry.tag}.sql`);
});
const tags = new Set(journal.entries.map((e) => e.tag));
for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.sql'))) {
  if (!tags.has(file.replace(/\.sql$/, ''))) problems.push(`файл ${file} не записан в журнал миграций`);
}

const metaFolder = path.join(folder, 'meta');
const journalText = fs.readFileSync(path.join(metaFolder, '_journal.json'), 'utf8');
const before = new Set(fs.readdirSync(folder));
const metaBefore = new Set(fs.readdirSync(metaFolder));
const generated = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'drizzle-kit', 'bin.cjs'), 'generate', '--name', 'schema_drift_check'],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
const created = fs.readdirSync(folder).filter((f) => !before.has(f));
if (generated.status !== 0)
  problems.push(`drizzle-kit generate завершился с ошибкой:\n${generated.stdout}${generated.stderr}`);
if (created.length > 0) {
  problems.push(
    `shared/db/schema.ts изменён без миграции: выполните «npm run db:generate -- --name <что_изменено>» (${created.join(', ')})`,
  );
  // Leave the folder as it was: the check must not write a migration on anyone's behalf.
  for (const file of created) fs.rmSync(path.join(folder, file), { recursive: true, force: true });
  for (const file of fs.readdirSync(metaFolder).filter((f) => !metaBefore.has(f)))
    fs.rmSync(path.join(metaFolder, file));
  fs.writeFileSync(path.join(metaFolder, '_journal.json'), journalText);
}

if (problems.length > 0) {
  console.error('Проверка миграций не пройдена:\n- ' + problems.join('\n- '));
  process.exit(1);
}
console.error(`Миграции в порядке: ${journal.entries.length}.`);
