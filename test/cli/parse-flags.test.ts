/**
 * The one argument parser: flags are the contract schema's keys in kebab-case, values coerced by the field's kind,
 * arrays by repeating, nested objects by dotted flags or JSON; anything the schema lacks is a usage error in Russian.
 * And `--help` written from the schema.
 */
import { describe, expect, it } from 'vitest';
import { apiInputs } from '../../shared/api/contract';
import { CliUsageError, parseFlags } from '../../electron/cli/parse-flags';
import { camelCase, kebabCase, schemaFields } from '../../electron/cli/schema-fields';
import { flagHelpLines } from '../../electron/cli/schema-help';
import { cli } from './cli-support';

const registry = { fields: schemaFields(apiInputs['registry.query']) };

describe('parseFlags', () => {
  it('turns kebab-case flags into the schema keys and back', () => {
    expect(kebabCase('minDebtKopecks')).toBe('min-debt-kopecks');
    expect(camelCase('min-debt-kopecks')).toBe('minDebtKopecks');
    expect(parseFlags(['--account-id', '5'], { fields: schemaFields(apiInputs['account.card']) }).input).toEqual({
      accountId: 5,
    });
  });

  it('coerces by the field kind: numbers, booleans, enums, strings, null for a nullable field', () => {
    expect(
      parseFlags(
        ['--min-debt-kopecks', '100000', '--tenure', 'owner', '--search', 'Оптический', '--building-id', 'null'],
        registry,
      ).input,
    ).toEqual({ minDebtKopecks: 100000, tenure: 'owner', search: 'Оптический', buildingId: null });
    const postal = { fields: schemaFields(apiInputs['mailing.postalCodes']) };
    expect(parseFlags(['--only-without'], postal).input).toEqual({ onlyWithout: true });
    expect(parseFlags(['--no-only-without'], postal).input).toEqual({ onlyWithout: false });
    expect(parseFlags(['--only-without=нет', '--limit=20'], postal).input).toEqual({ onlyWithout: false, limit: 20 });
    // Text that is no number is passed on as it is: dispatch refuses it with the UI's message.
    expect(parseFlags(['--limit', 'много'], postal).input).toEqual({ limit: 'много' });
  });

  it('builds arrays from repeated flags, nested objects from dotted flags or JSON', () => {
    expect(parseFlags(['--company-ids', '3', '--company-ids', '7', '--brackets', 'over_100k'], registry).input).toEqual(
      {
        companyIds: [3, 7],
        brackets: ['over_100k'],
      },
    );
    expect(parseFlags(['--sort.field', 'address', '--sort.dir', 'asc'], registry).input).toEqual({
      sort: { field: 'address', dir: 'asc' },
    });
    expect(parseFlags(['--sort', '{"field":"number","dir":"desc"}'], registry).input).toEqual({
      sort: { field: 'number', dir: 'desc' },
    });
    expect(
      parseFlags(['--files', '{"uploadId":"u1","kind":"charges"}', '--files', '{"uploadId":"u2"}'], {
        fields: schemaFields(apiInputs['import.start']),
      }).input,
    ).toEqual({ files: [{ uploadId: 'u1', kind: 'charges' }, { uploadId: 'u2' }] });
  });

  it('keeps a command’s old flag names as aliases, local options and positionals apart', () => {
    const r = parseFlags(['--company', '2', '--out', 'x.pdf', 'extra', '--as-of', '2026-11-30'], {
      fields: schemaFields(apiInputs['claims.start']),
      aliases: { company: 'companyId', 'as-of': 'asOfDate' },
      options: { out: { type: 'string', description: 'папка' } },
    });
    expect(r).toMatchObject({
      input: { companyId: 2, asOfDate: '2026-11-30' },
      options: { out: 'x.pdf' },
      positionals: ['extra'],
      flagOf: { companyId: '--company', asOfDate: '--as-of' },
    });
  });

  it('refuses what the schema does not have, in Russian', () => {
    expect(() => parseFlags(['--frobnicate', '1'], registry)).toThrow(
      new CliUsageError('Неизвестный параметр «--frobnicate».'),
    );
    expect(() => parseFlags(['--sort.colour', 'red'], registry)).toThrow('Неизвестный параметр «--sort.colour».');
    expect(() => parseFlags(['--limit'], registry)).toThrow('Параметру «--limit» нужно значение.');
    expect(() => parseFlags(['--limit', '1', '--limit', '2'], registry)).toThrow('Параметр «--limit» указан дважды.');
    expect(() => parseFlags(['--sort', '{field'], registry)).toThrow(/Параметр «--sort» — текст JSON/);
  });

  it('an unknown flag on the command line: the message, the way to the help, exit 2', async () => {
    const r = await cli(['account', '--number', '1', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('Неизвестный параметр «--frobnicate».\nСправка: npm run cli -- account --help\n');
  });
});

describe('help from the schema', () => {
  it('names each field’s flag, kind, enum values, range and default', () => {
    const lines = flagHelpLines(registry).join('\n');
    expect(lines).toMatch(/--building-id ЧИСЛО\s+целое число не меньше 1; по умолчанию null; null — не задано/);
    expect(lines).toMatch(/--status open\|closed\|all\s+одно из: open, closed, all; по умолчанию "all"/);
    expect(lines).toMatch(/--limit ЧИСЛО\s+целое число от 1 до 1000; по умолчанию 200/);
    expect(lines).toMatch(/--company-ids ЧИСЛО\s+список: параметр повторяется/);
    expect(lines).toMatch(/--sort\.dir asc\|desc/);
    const pause = flagHelpLines({ fields: schemaFields(apiInputs['account.pause']) }).join('\n');
    expect(pause).toMatch(/--until-date ГГГГ-ММ-ДД\s+дата ГГГГ-ММ-ДД; обязательно/);
  });

  it('prints a command’s help with its aliases and a method’s help through `call`', async () => {
    const claims = await cli(['claims', '--help']);
    expect(claims.code).toBe(0);
    expect(claims.out).toContain('(операция «claims.start»)');
    expect(claims.out).toMatch(
      /--bracket over_100k\|from_50k\|from_10k\|from_5k\|below_5k\|none\s+одно из: .*; обязательно/,
    );
    expect(claims.out).toMatch(/--company ЧИСЛО/);
    expect(claims.out).toMatch(/--as-of ГГГГ-ММ-ДД/);
    const call = await cli(['call', 'penaltyRun.start', '--help']);
    expect(call.out).toMatch(/--period ГГГГ-ММ\s+месяц ГГГГ-ММ; обязательно/);
    expect(call.out).toMatch(/--company-id ЧИСЛО/);
  });
});
