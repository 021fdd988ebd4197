/**
 * @file `notices --building ИД --out ПАПКА`: stairwell notices (measure 6) for one or more buildings through
 * `notices.generate`, the files saved into a folder (`documents.file`). Who is listed is the rule book's measure-6
 * evaluation today (as on the account card); apartment numbers and amounts only, entrances with few flats get their
 * totals only. `--address ТЕКСТ` picks the buildings whose address contains it (`notices.buildings`).
 */
import path from 'node:path';
import type { CliCommand } from '../cli-command';
import { answer, requiredOption, saveBase64, withoutBytes } from '../cli-output';

const normal = (text: string): string => text.trim().toLowerCase().replace(/ё/g, 'е');

export const noticesCommand: CliCommand = {
  name: 'notices',
  summary: 'объявления о долгах для подъездов дома (мероприятие 6) по правилам: только номера квартир и суммы',
  usage: 'notices (--building ИД ... | --address ТЕКСТ) --out ПАПКА [--data-dir ПАПКА]',
  needsCore: true,
  actions: {
    '': {
      method: 'notices.generate',
      aliases: { building: 'buildingIds' },
      options: {
        address: {
          type: 'string',
          valueName: 'ТЕКСТ',
          description: 'часть адреса дома, например «Оптический, д. 1» (все подходящие дома)',
        },
        out: { type: 'string', valueName: 'ПАПКА', description: 'папка: файл для печати и файлы по домам (doma/)' },
      },
      async run(ctx) {
        const api = ctx.api!;
        const out = requiredOption(ctx, 'out', 'папку');
        const ids = Array.isArray(ctx.input.buildingIds) ? [...(ctx.input.buildingIds as unknown[])] : [];
        if (typeof ctx.options.address === 'string' && ctx.options.address.trim() !== '') {
          const needle = normal(ctx.options.address);
          const { buildings } = await api.call('notices.buildings', {});
          ids.push(...buildings.filter((b) => normal(b.address).includes(needle)).map((b) => b.id));
        }
        const result = await api.call('notices.generate', { ...ctx.input, buildingIds: ids });
        for (const note of result.notes) ctx.io.err(`Внимание: ${note}\n`);
        const save = async (documentId: number, sub: string): Promise<string> => {
          const file = await api.call('documents.file', { documentId });
          return saveBase64(file.base64, path.join(out, sub, file.fileName));
        };
        const printFile = await save(result.printDocumentId, '');
        const lines = [result.summary, `Файл для печати: ${printFile} (${result.pages} стр.)`];
        const files: string[] = [printFile];
        for (const d of result.documents) {
          const saved = await save(d.documentId, 'doma');
          files.push(saved);
          lines.push(`${d.buildingAddress}: ${saved}`);
        }
        return answer(ctx, lines.join('\n'), { ...withoutBytes(result), files });
      },
    },
  },
};
