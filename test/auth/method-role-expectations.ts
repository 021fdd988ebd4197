/**
 * @file The office's policy, method by method: who may call each API method with the default permissions, written
 * by hand from the description of the five roles (not computed from METHOD_ACCESS or the default role
 * permissions). Read by method-role-matrix.test.ts, which calls every method as every role against this table.
 */
import type { UserRole } from '../../shared/auth/roles';

const O = 'operator';
const C = 'claims_clerk';
const L = 'lawyer';
const H = 'head';
const A = 'admin';
export const FIVE: readonly UserRole[] = [O, C, L, H, A];

/** 'public' = anyone, even without a session; otherwise the roles that may call the method. */
export type Expected = 'public' | readonly UserRole[];

const EVERYONE = FIVE;
/** Looking at the registry and an account's card: everyone who works with debtors' files, not the operator (her call card shows what she needs). */
const FILE_READERS = [C, L, H, A] as const;
/** Claims, notices, mailing, SMS, contact pauses, penalty in the ЕПД: the claims clerk and the head. */
const CLAIMS_WORK = [C, H] as const;
/** Court work (measure 9): the lawyer and the head. */
const L_H = [L, H] as const;

export const EXPECTED: Record<string, Expected> = {
  // Signing in: before anyone is known.
  'auth.status': 'public',
  'auth.setupAdmin': 'public',
  'auth.signIn': 'public',
  // One's own session and the application's state: every signed-in user.
  'auth.signOut': EVERYONE,
  'auth.changePassword': EVERYONE,
  'app.info': EVERYONE,
  'settings.get': EVERYONE,
  'jobs.get': EVERYONE,
  'jobs.list': EVERYONE,
  'cockpit.get': EVERYONE,
  'rules.get': EVERYONE,
  'legalTables.get': EVERYONE,

  // Administration.
  'settings.update': [A],
  'security.get': [A],
  'security.save': [A],
  'users.list': [A],
  'users.save': [A],
  'users.resetPassword': [A],
  'roles.get': [A],
  'roles.save': [A],
  'legalTables.addKeyRate': [A],
  'legalTables.addRateRegime': [A],
  'legalTables.addMoratorium': [A],
  'rules.save': [A],
  'rules.evaluateAll': [A],
  // Whether a gateway is set (and its address, never its key): the SMS clerk needs to know before sending.
  'sms.gateway.get': EVERYONE,
  'sms.gateway.set': [A],
  'mailing.saveTariff': [A],
  'epd.template.set': [A],
  'epd.limit.set': [A],
  'demo.load': [A],

  // Reports and the journal: the head and the administrator.
  'journal.users': [H, A],
  'journal.search': [H, A],
  'journal.exportXlsx': [H, A],

  // Billing data loads: the head (all work) and the administrator (setting an office up).
  'import.preview': [H, A],
  'import.start': [H, A],
  'import.history': [H, A],
  'mappings.save': [H, A],

  // The registry and an account's file.
  'registry.query': FILE_READERS,
  'registry.filterOptions': FILE_READERS,
  'account.card': FILE_READERS,
  'account.debt': FILE_READERS,
  'debt.limitation': FILE_READERS,
  'account.evaluate': FILE_READERS,
  'penalty.forAccount': FILE_READERS,
  'penalty.calculationPdf': FILE_READERS,
  'documents.file': FILE_READERS,
  'documents.openInViewer': FILE_READERS,

  // Penalty in the ЕПД (monthly runs and the export).
  'penaltyRun.start': CLAIMS_WORK,
  'penaltyRun.recalculate': CLAIMS_WORK,
  'penaltyRun.list': CLAIMS_WORK,
  'epd.export': CLAIMS_WORK,
  'epd.coverage': CLAIMS_WORK,
  'epd.template.get': CLAIMS_WORK,
  'epd.template.preview': CLAIMS_WORK,

  // Pauses and bans of contact with a debtor.
  'account.pause': CLAIMS_WORK,
  'account.resume': CLAIMS_WORK,
  'account.block': CLAIMS_WORK,

  // Calls: the operator works her own queue; the head builds the queue and follows promises.
  'calls.myQueue': [O, H],
  'calls.card': [O, H],
  'calls.record': [O, H],
  'calls.buildQueue': [H],
  'calls.summary': [H],
  'calls.exportXlsx': [H],
  'calls.importXlsx': [H],
  'promises.check': [H],
  'promises.list': [H],

  // SMS.
  'sms.worklist': CLAIMS_WORK,
  'sms.createBatch': CLAIMS_WORK,
  'sms.batches': CLAIMS_WORK,
  'sms.exportBatch': CLAIMS_WORK,
  'sms.sendBatch': CLAIMS_WORK,
  'sms.importReport': CLAIMS_WORK,

  // The plan's targets: the head.
  'cockpit.setTarget': [H],

  // Claims and their documents; the signer and the letters' texts are the head's.
  'claims.preview': CLAIMS_WORK,
  'claims.start': CLAIMS_WORK,
  'claims.exclusions': CLAIMS_WORK,
  'claims.settings': CLAIMS_WORK,
  'claims.saveSigner': [H],
  'claims.saveLetterSettings': [H],
  'documents.batches': CLAIMS_WORK,
  'documents.ofBatch': CLAIMS_WORK,
  'documents.cancel': CLAIMS_WORK,

  // Notices in stairwells.
  'notices.buildings': CLAIMS_WORK,
  'notices.preview': CLAIMS_WORK,
  'notices.generate': CLAIMS_WORK,
  'notices.recordPosting': CLAIMS_WORK,
  'notices.postings': CLAIMS_WORK,

  // Mailing of claims.
  'mailing.plan': CLAIMS_WORK,
  'mailing.export': CLAIMS_WORK,
  'mailing.letters': CLAIMS_WORK,
  'mailing.importTracking': CLAIMS_WORK,
  'mailing.setOutcome': CLAIMS_WORK,
  'mailing.postalCodes': CLAIMS_WORK,
  'mailing.setPostalCode': CLAIMS_WORK,
  'mailing.importPostalCodes': CLAIMS_WORK,
  // The Post's tariffs are reference data: the administrator who keeps them reads them too.
  'mailing.tariffs': EVERYONE,

  // Court work (measure 9): directory.
  'courts.list': L_H,
  'courts.save': L_H,
  'courts.saveTerritories': L_H,
  'courts.importCsv': L_H,
  'courts.exportCsv': L_H,
  'courts.buildings': L_H,
  'courts.mapBuildings': L_H,
  'courts.setBuildingCourt': L_H,
  'courtRules.get': EVERYONE,
  'courtRules.save': [A],
  'dutyScales.add': [A],

  // Court work (measure 9): queue.
  'court.queue': L_H,
  'court.traceAccount': L_H,
  'court.batchCreate': L_H,
  'court.batches': L_H,
  'court.batchDecide': [H],
  'court.prepareCases': L_H,

  // Court work (measure 9): cases.
  'court.cases': L_H,
  'court.case': L_H,
  'court.caseStep': L_H,
  'court.createLawsuit': L_H,
  'court.deadlines': L_H,
  'court.saveIdentifiers': L_H,
  'court.confirmIdentifiersUnknown': L_H,
  'court.missingIdentifiersXlsx': L_H,

  // Court work (measure 9): duty.
  'duty.compute': EVERYONE,
  'duty.requests': L_H,
  'duty.createRequest': L_H,
  'duty.payments': L_H,
  'duty.recordPayment': L_H,
  'duty.recordExemption': L_H,

  // Court work (measure 9): documents.
  'court.makeDocuments': L_H,
  'court.caseDocuments': L_H,
  'court.exportPackage': L_H,
  'court.packages': L_H,
  'court.verifyPackage': L_H,
  // Who signs the applications for each УК, as with the claims' signer: the head.
  'court.representatives': L_H,
  'court.saveRepresentative': [H],

  // Bailiffs (measures 10 and 11): the lawyer and the head (bailiffs.work), by hand here.
  'writs.deadline': FILE_READERS,
  // fssp:writs
  'writs.get': FILE_READERS,
  'writs.list': L_H,
  'writs.accountPersons': L_H,
  'writs.create': L_H,
  'writs.update': L_H,
  'writs.addEvent': L_H,
  'writs.deadlines': FILE_READERS,
  'writs.importTemplate': L_H,
  'writs.importPreview': L_H,
  'writs.import': L_H,

  // fssp:departments
  'departments.list': L_H,
  'departments.save': L_H,
  'departments.saveTerritories': L_H,
  'departments.importCsv': L_H,
  'departments.exportCsv': L_H,
  'departments.template': L_H,
  'departments.buildings': L_H,
  'departments.mapBuildings': L_H,
  'departments.setBuildingDepartment': L_H,
  'debtorBanks.list': L_H,
  'debtorBanks.save': L_H,
  'debtorBanks.remove': L_H,

  // fssp:applications
  'fsspApplications.candidates': L_H,
  'fsspApplications.create': L_H,
  'fsspApplications.list': L_H,
  'fsspApplications.withdraw': L_H,
  'fsspRegisters.create': L_H,
  'fsspRegisters.list': L_H,
  'fsspRegisters.files': L_H,
  'fsspRegisters.markHanded': L_H,

  // fssp:proceedings
  'proceedings.list': L_H,
  'proceedings.get': L_H,
  'proceedings.openableWrits': L_H,
  'proceedings.open': L_H,
  'proceedings.edit': L_H,
  'proceedings.setStatus': L_H,
  'proceedings.addCollection': L_H,
  'proceedings.linkPayments': L_H,
  'proceedings.linkPayment': L_H,
  'petitions.list': L_H,
  'petitions.create': L_H,
  'petitions.answer': L_H,
  'petitions.answerFile': L_H,
  'petitions.complaint': L_H,

  // fssp:reconciliation
  'reconciliation.preview': L_H,
  'reconciliation.run': L_H,
  'reconciliation.list': L_H,
  'reconciliation.get': L_H,
  'reconciliation.resolve': L_H,
  'reconciliation.reportXlsx': L_H,
  'reconciliation.reportPdf': L_H,

  // fssp:raids
  'raids.candidates': L_H,
  'raids.create': L_H,
  'raids.list': L_H,
  'raids.get': L_H,
  'raids.routeSheet': L_H,
  'raids.recordOutcome': L_H,
  'raids.summary': L_H,

  // office:backup
  'backups.list': [A],
  'backups.settings': [A],
  'backups.saveSettings': [A],
  'backups.make': [A],
  'backups.restore': [A],

  // office:retention
  'retention.get': [A],
  'retention.save': [A],
  'retention.purgeNow': [A],

  // office:upload
  'uploadLimits.get': [A],
  'uploadLimits.save': [A],

  // office:lan
  'lan.get': [A],
  'lan.save': [A],

  // measure8:data
  'restriction.worklist': [C, L, H],
  'restriction.serviceDebts': FILE_READERS,
  'restrictionData.get': FILE_READERS,
  'restrictionData.addNorm': [A],
  'restrictionData.addRestrictable': [A],
  'restrictionData.addRule': [A],

  // measure8:warnings
  'restriction.warn': [C, L, H],
  'restriction.recordDelivery': [C, L, H],
  'restriction.cases': [C, L, H],
  'restriction.timers': [C, L, H],
  'restriction.close': [C, L, H],

  // measure8:orders
  'restrictionOrders.contractors': [C, L, H],
  'restrictionOrders.saveContractor': [C, L, H],
  'restrictionOrders.mapCompany': [C, L, H],
  'restrictionOrders.candidates': [C, L, H],
  'restrictionOrders.create': [C, L, H],
  'restrictionOrders.list': [C, L, H],
  'restrictionOrders.recordAct': [C, L, H],
  'restrictionOrders.actFiles': [C, L, H],
  'restrictionOrders.actFile': [C, L, H],
  'restrictionOrders.restorations': [C, L, H],

  // agreements
  'agreements.create': [C, L, H],
  'agreements.sign': [C, L, H],
  'agreements.cancel': [C, L, H],
  'agreements.list': FILE_READERS,
  'agreements.get': FILE_READERS,
  'agreements.forAccount': FILE_READERS,

  // measure12:eviction
  'eviction.candidates': [L, H],
  'eviction.open': [L, H],
  'eviction.case': [L, H],
  'eviction.cases': [L, H],
  'eviction.checklist': [L, H],
  'eviction.step': [L, H],

  // measure12:housing
  'housing.preview': [L, H],
  'housing.apply': [L, H],
  'housing.list': [L, H],
  'housing.setStatus': [L, H],
  'housing.candidates': [L, H],
  'housing.reserve': [L, H],
  'housing.release': [L, H],

  // reports:debt
  'debtHistory.series': [H, A],

  // reports:plan
  'reportPlan.get': [H, A],
  'reportPlan.comment': [H],
  'reportPlan.pdf': [H, A],
  'reportPlan.xlsx': [H, A],

  // reports:effectiveness
  'effectiveness.report': [H, A],
  'effectiveness.xlsx': [H, A],

  // measure7:press
  'press.summary': [C, L, H],
  'press.make': [C, L, H],
  'publications.list': [C, L, H],
  'publications.add': [C, L, H],
  'publications.edit': [C, L, H],
  'publications.file': [C, L, H],

  // measure7:raids
  'blackmark.list': [C, L, H],
  'blackmark.candidates': [C, L, H],
  'blackmark.create': [C, L, H],
  'blackmark.get': [C, L, H],
  'blackmark.routeSheet': [C, L, H],
  'blackmark.visitCards': [C, L, H],
  'blackmark.recordOutcome': [C, L, H],
  'blackmark.attachFiles': [C, L, H],
  'blackmark.file': [C, L, H],
  'blackmark.close': [C, L, H],
  'blackmark.cancel': [C, L, H],

  // measure13:meetings
  'meetings.list': [C, L, H],
  'meetings.get': [C, L, H],
  'meetings.save': [C, L, H],
  'meetings.tasks': [C, L, H],
  'meetings.addTask': [C, L, H],
  'meetings.setTaskDone': [C, L, H],
  'meetings.taskCounts': [C, L, H],
  'meetings.buildings': [C, L, H],
  'meetings.attachFiles': [C, L, H],
  'meetings.file': [C, L, H],
  'meetings.kit': [C, L, H],
  'meetings.kitPdf': [C, L, H],
};
