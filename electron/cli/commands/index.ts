/**
 * @file The list of CLI commands, in the order `--help` shows them.
 */
import type { CliCommand } from '../cli-command';
import { infoCommand } from './info-command';
import { importCommand } from './import-command';
import { demoCommand } from './demo-command';
import { penaltyCommand } from './penalty-command';
import { penaltyRunCommand } from './penalty-run-command';
import { epdExportCommand } from './epd-export-command';
import { callsCommand } from './calls-command';
import { smsCommand } from './sms-command';
import { rulesCommand } from './rules-command';
import { claimsCommand } from './claims-command';
import { mailingCommand } from './mailing-command';
import { noticesCommand } from './notices-command';
import { accountCommand } from './account-command';
import { limitationCommand } from './limitation-command';
import { dutyCommand } from './duty-command';
import { callCommand } from './call-command';
import { writDeadlineCommand } from './writ-deadline-command';
import { writsDeadlinesAction } from './writs-command';
import { fsspRegisterAction } from './fssp-register-command';
import { fsspReconcileAction } from './fssp-reconcile-command';
import { courtQueueAction } from './court-queue-command';
import { courtPackageAction, courtVerifyAction } from './court-package-command';
import { backupCommand, restoreCommand } from './backup-command';
import { evictionCommand } from './eviction-command';
import { restrictionCommand } from './restriction-command';
import { reportPlanAction } from './report-plan-command';
import { reportEffectivenessAction } from './report-effectiveness-command';
import { reportPressAction } from './report-press-command';

/** `court …`: the court work (measure 9) — the queue, the packages per court and their check, in one command. */
const courtCommand: CliCommand = {
  name: 'court',
  summary: 'судебная работа (мероприятие 9): очередь в суд, пакеты в суд и их проверка',
  usage:
    'court queue [--brackets over_100k,from_50k,from_10k] [--list in|out] [--json] | court package --court ИД --out ПАПКА [--json] | court verify ФАЙЛ.zip [--json]',
  needsCore: true,
  actions: { queue: courtQueueAction, package: courtPackageAction, verify: courtVerifyAction },
};

/** `writs …`: the writ registry (measure 10). */
const writsCommand: CliCommand = {
  name: 'writs',
  summary: 'исполнительные документы (мероприятие 10): сроки предъявления',
  usage: 'writs deadlines [--as-of ГГГГ-ММ-ДД] [--json]',
  needsCore: true,
  actions: { deadlines: writsDeadlinesAction },
};

/** `fssp …`: the work with the bailiffs (measures 10 and 11): transfer registers per department, reconciliation. */
const fsspCommand: CliCommand = {
  name: 'fssp',
  summary: 'работа с ФССП (мероприятия 10 и 11): реестр передачи в отдел, сверка со списком отдела',
  usage: 'fssp register --department ИД --out ПАПКА [--json] | fssp reconcile ФАЙЛ --out ПАПКА [--json]',
  needsCore: true,
  actions: { register: fsspRegisterAction, reconcile: fsspReconcileAction },
};

/** `report …`: the reports for the administration and the press, each written into a folder. */
const reportCommand: CliCommand = {
  name: 'report',
  summary: 'отчёты: выполнение плана, эффективность мер, сводка для СМИ — файлы в папку',
  usage:
    'report plan --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД --out ПАПКА [--json] | report effectiveness --from … --to … --out ПАПКА [--json] | report press --from … --to … --out ПАПКА [--json]',
  needsCore: true,
  actions: { plan: reportPlanAction, effectiveness: reportEffectivenessAction, press: reportPressAction },
};

export const commands: CliCommand[] = [
  infoCommand,
  accountCommand,
  limitationCommand,
  dutyCommand,
  courtCommand,
  writDeadlineCommand,
  writsCommand,
  fsspCommand,
  evictionCommand,
  restrictionCommand,
  reportCommand,
  importCommand,
  demoCommand,
  penaltyCommand,
  penaltyRunCommand,
  epdExportCommand,
  callsCommand,
  smsCommand,
  rulesCommand,
  claimsCommand,
  mailingCommand,
  noticesCommand,
  callCommand,
  backupCommand,
  restoreCommand,
];
