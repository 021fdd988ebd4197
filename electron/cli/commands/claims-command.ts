/**
 * @file `claims --bracket КОД --out ПАПКА`: a claim batch of one debt bracket (measure 5) generated in this
 * process, in chunks, with progress on stderr; the print-ready file and the per-account copies are copied into
 * the folder, and the batch number is printed for `mailing`, with every account of the group left out and why
 * (the rule book's measure 5, the cooldown, no bank details, nothing the УК may demand).
 */
import fs from 'node:fs';
import path from 'node:path';
import { BRACKET_CODES } from '../../../shared/registry/brackets';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { checkCalendarValue, isoDateSchema } from '../../../shared/api/calendar-schemas';
import { AppError } from '../../core/app-error';
import { createClaimBatch, runClaimBatch } from '../../core/claims/claim-batch';
import type { CliCommand } from '../cli-command';
import { progressPrinter } from '../progress-printer';
import { copyOut } from './document-output';
import { cliJournalActor } from '../cli-identity';

export const claimsCommand: CliCommand = {
  name: 'claims',
  summary: 'подготовить пакет претензий по группе долга (мероприятие 5) в папку для печати',
  usage: 'claims --bracket КОД --out ПАПКА [--company ИД_УК] [--as-of ГГГГ-ММ-ДД] [--limit N] [--data-dir ПАПКА]',
  options: {
    bracket: { type: 'string', description: `группа долга: ${BRACKET_CODES.filter((c) => c !== 'none').join(', ')}` },
    out: { type: 'string', description: 'папка: файл для печати и копии по лицевым счетам (accounts/)' },
    company: { type: 'string', description: 'только лицевые счета одной УК (код УК в базе)' },
    'as-of': { type: 'string', description: 'дата, на которую указаны долг и пени (по умолчанию сегодня)' },
    limit: { type: 'string', description: 'не больше N лицевых счетов (по умолчанию все)' },
  },
  needsCore: true,
  async run({ values, core, io }) {
    if (!core) return 1;
    const bracket = values.bracket;
    if (typeof bracket !== 'string' || !(BRACKET_CODES as readonly string[]).includes(bracket) || bracket === 'none') {
      io.err(`Укажите группу долга: --bracket ${BRACKET_CODES.filter((c) => c !== 'none').join('|')}.\n`);
      return 2;
    }
    if (typeof values.out !== 'string' || values.out === '') {
      io.err('Укажите папку: --out ПАПКА.\n');
      return 2;
    }
    const today = isoDateInZone(core.ctx.clock());
    const checkedAsOf = checkCalendarValue(isoDateSchema('--as-of'), values['as-of'] ?? today);
    if (!checkedAsOf.ok) {
      io.err(`${checkedAsOf.message}\n`);
      return 2;
    }
    const asOf = checkedAsOf.value;
    const limit = typeof values.limit === 'string' ? Number(values.limit) : 0;
    const company = typeof values.company === 'string' ? Number(values.company) : null;
    if (!Number.isInteger(limit) || limit < 0 || (company !== null && (!Number.isInteger(company) || company <= 0))) {
      io.err('--limit и --company — целые положительные числа.\n');
      return 2;
    }
    try {
      const { sqlite, dataDir } = core.ctx;
      const created = createClaimBatch(
        sqlite,
        { bracket, companyId: company, asOfDate: asOf, issuedDate: today, limit },
        cliJournalActor(),
        core.ctx.clock(),
      );
      io.err(`${created.title}: ${created.letters} писем\n`);
      const excluded = created.excluded.map((e) => `  л/с ${e.number}, ${e.address} — ${e.reason}\n`).join('');
      const summary = await runClaimBatch(
        { sqlite, dataDir, by: cliJournalActor(), nowMs: core.ctx.clock(), onProgress: progressPrinter(io) },
        created.batchId,
      );
      const docs = sqlite
        .prepare(
          `SELECT kind, file_path AS filePath FROM generated_documents WHERE batch_id = ? AND kind IN ('claim', 'claims_print') ORDER BY id`,
        )
        .all(created.batchId) as Array<{ kind: string; filePath: string }>;
      fs.mkdirSync(path.resolve(values.out), { recursive: true });
      let printed = '';
      for (const d of docs) {
        const target = copyOut(dataDir, d.filePath, values.out, d.kind === 'claim' ? 'accounts' : '');
        if (d.kind === 'claims_print') printed = target;
      }
      io.out(
        `${summary}\nПакет № ${created.batchId}\nФайл для печати: ${printed}\nКопии по лицевым счетам: ${path.join(path.resolve(values.out), 'accounts')}\n`,
      );
      io.out(`Списки для отправки: mailing --batch ${created.batchId} --out ПАПКА\n`);
      if (excluded) io.out(`Не включены в пакет (${created.excluded.length} л/с):\n${excluded}`);
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`${error.message}\n`);
      return 1;
    }
  },
};
