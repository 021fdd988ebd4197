/**
 * @file Writes docs/billing-file-layouts.md from shared/import/layouts.ts (`npx tsx scripts/write-layouts-doc.ts`).
 * test/import/layouts-doc.test.ts fails when the document and the code disagree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYOUTS, SERVICES, type FieldType } from '../shared/import/layouts';

const TYPE_TEXT: Record<FieldType, string> = {
  text: 'текст',
  money: 'сумма в рублях: «1 234,56», «1234.5», «-120,00»',
  date: 'дата: «дд.мм.гггг», «гггг-мм-дд» или дата Excel',
  period: 'месяц: «ММ.ГГГГ», «гггг-мм», «01.ММ.ГГГГ» или дата Excel',
  integer: 'целое число',
  decimal: 'число с дробной частью: «54,3»',
  share: 'доля: «1/2», «0,5», «1»',
  boolean: 'да/нет, 1/0, +/-',
};

export function layoutsDoc(): string {
  const out: string[] = [
    '# Billing file layouts (канонические макеты файлов начислений)',
    '',
    '_Generated from `shared/import/layouts.ts` by `npx tsx scripts/write-layouts-doc.ts`; do not edit by hand._',
    '',
    'Four kinds of files are imported; a job may hold several and applies them in this order, all or nothing.',
    'CSV: UTF-8 or windows-1251 (detected), separator `;`, `,` or tab (detected), header in the first line.',
    'XLSX: every sheet whose header row matches (a large file may continue on further sheets).',
    'Headers are compared ignoring case, «ё»/«е», extra spaces and trailing punctuation; the synonyms are accepted',
    'as well, and any other layout can be mapped by hand once and saved (the mapping then applies by itself).',
    '',
  ];
  for (const layout of Object.values(LAYOUTS)) {
    out.push(`## ${layout.title} (\`${layout.kind}\`, demo file \`${layout.fileStem}.csv\` / \`.xlsx\`)`, '');
    out.push('| column | required | value | also recognised |', '|---|---|---|---|');
    for (const f of layout.fields) {
      const values = f.values ? `: ${f.values.map((v) => `«${v}»`).join(', ')}` : '';
      out.push(
        `| ${f.header} | ${f.required ? 'да' : ''} | ${TYPE_TEXT[f.type]}${values} | ${f.synonyms.join('; ')} |`,
      );
    }
    out.push('');
  }
  out.push('## Services named by the demo district', '', SERVICES.map((s) => `- ${s}`).join('\n'), '');
  out.push(
    '## Keys: what a later file replaces',
    '',
    '- companies by ИНН; accounts by account number (the account’s list of persons is replaced by the newer file);',
    '- charges by account + period + service (a corrected month replaces the amount);',
    '- payments by account + «Номер платежа», or, without a number, account + date + amount + its ordinal in the file.',
    '- The same file (same bytes) is never imported twice.',
    '',
  );
  return out.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'billing-file-layouts.md');
  fs.writeFileSync(target, layoutsDoc());
  console.error(`written ${target}`);
}
