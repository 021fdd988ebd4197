/**
 * @file Which permission each API method needs: the one table dispatch checks before any handler runs
 * (electron/core/api/dispatch.ts). Typed by the contract, so a new method cannot be added without a line here.
 *
 * - 'public': anyone who reached the host (sign-in and the first administrator only);
 * - 'signedIn': any signed-in user (their own session, the application's state, reference data);
 * - a Permission: users whose role has it (shared/auth/permissions.ts; deny by default).
 */
import type { Permission } from '../auth/permissions';
import type { ApiMethod } from './contract';

export type MethodAccess = 'public' | 'signedIn' | Permission;

export const METHOD_ACCESS = {
  'auth.status': 'public',
  'auth.setupAdmin': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'signedIn',
  'auth.changePassword': 'signedIn',

  'app.info': 'signedIn',
  'settings.get': 'signedIn',
  'settings.update': 'settings.manage',
  'security.get': 'settings.manage',
  'security.save': 'settings.manage',
  'jobs.get': 'signedIn',
  'jobs.list': 'signedIn',
  'cockpit.get': 'signedIn',
  'rules.get': 'signedIn',
  'legalTables.get': 'signedIn',

  'users.list': 'users.manage',
  'users.save': 'users.manage',
  'users.resetPassword': 'users.manage',
  'roles.get': 'roles.manage',
  'roles.save': 'roles.manage',
  'journal.search': 'reports.view',
  'journal.users': 'reports.view',
  'journal.exportXlsx': 'reports.view',

  'registry.query': 'registry.view',
  'registry.filterOptions': 'registry.view',
  'account.card': 'registry.view',
  'account.debt': 'registry.view',
  'debt.limitation': 'registry.view',
  'account.evaluate': 'registry.view',
  'penalty.forAccount': 'registry.view',
  'penalty.calculationPdf': 'registry.view',
  'documents.file': 'registry.view',
  'documents.openInViewer': 'registry.view',

  'import.preview': 'import.run',
  'import.start': 'import.run',
  'import.history': 'import.run',
  'mappings.save': 'import.run',
  'demo.load': 'demo.load',

  'legalTables.addKeyRate': 'legalTables.manage',
  'legalTables.addRateRegime': 'legalTables.manage',
  'legalTables.addMoratorium': 'legalTables.manage',
  'rules.save': 'rules.manage',
  'rules.evaluateAll': 'rules.manage',

  'penaltyRun.start': 'epd.work',
  'penaltyRun.recalculate': 'epd.work',
  'penaltyRun.list': 'epd.work',
  'epd.export': 'epd.work',
  'epd.coverage': 'epd.work',
  'epd.template.get': 'epd.work',
  'epd.template.preview': 'epd.work',
  'epd.template.set': 'settings.manage',
  'epd.limit.set': 'settings.manage',

  'account.pause': 'contacts.manage',
  'account.resume': 'contacts.manage',
  'account.block': 'contacts.manage',

  'calls.myQueue': 'calls.own',
  'calls.card': 'calls.own',
  'calls.record': 'calls.own',
  'calls.buildQueue': 'calls.manage',
  'calls.summary': 'calls.manage',
  'calls.exportXlsx': 'calls.manage',
  'calls.importXlsx': 'calls.manage',
  'promises.check': 'calls.manage',
  'promises.list': 'calls.manage',

  'sms.worklist': 'sms.work',
  'sms.createBatch': 'sms.work',
  'sms.batches': 'sms.work',
  'sms.exportBatch': 'sms.work',
  'sms.sendBatch': 'sms.work',
  'sms.importReport': 'sms.work',
  'sms.gateway.get': 'signedIn',
  'sms.gateway.set': 'gateways.manage',

  'cockpit.setTarget': 'plan.manage',

  'claims.preview': 'claims.work',
  'claims.start': 'claims.work',
  'claims.exclusions': 'claims.work',
  'claims.settings': 'claims.work',
  'claims.saveSigner': 'documents.settings',
  'claims.saveLetterSettings': 'documents.settings',
  'documents.batches': 'claims.work',
  'documents.ofBatch': 'claims.work',
  'documents.cancel': 'claims.work',
  'notices.buildings': 'claims.work',
  'notices.preview': 'claims.work',
  'notices.generate': 'claims.work',
  'notices.recordPosting': 'claims.work',
  'notices.postings': 'claims.work',
  'mailing.plan': 'claims.work',
  'mailing.export': 'claims.work',
  'mailing.letters': 'claims.work',
  'mailing.importTracking': 'claims.work',
  'mailing.setOutcome': 'claims.work',
  'mailing.postalCodes': 'claims.work',
  'mailing.setPostalCode': 'claims.work',
  'mailing.importPostalCodes': 'claims.work',
  'mailing.tariffs': 'signedIn',
  'mailing.saveTariff': 'gateways.manage',

  // Court work (measure 9): directory.
  'courts.list': 'court.work',
  'courts.save': 'court.work',
  'courts.saveTerritories': 'court.work',
  'courts.importCsv': 'court.work',
  'courts.exportCsv': 'court.work',
  'courts.buildings': 'court.work',
  'courts.mapBuildings': 'court.work',
  'courts.setBuildingCourt': 'court.work',
  'courtRules.get': 'signedIn',
  'courtRules.save': 'legalTables.manage',
  'dutyScales.add': 'legalTables.manage',

  // Court work (measure 9): queue.
  'court.queue': 'court.work',
  'court.traceAccount': 'court.work',
  'court.batchCreate': 'court.work',
  'court.batches': 'court.work',
  'court.batchDecide': 'court.approve',
  'court.prepareCases': 'court.work',

  // Court work (measure 9): cases.
  'court.cases': 'court.work',
  'court.case': 'court.work',
  'court.caseStep': 'court.work',
  'court.createLawsuit': 'court.work',
  'court.deadlines': 'court.work',
  'court.saveIdentifiers': 'court.work',
  'court.confirmIdentifiersUnknown': 'court.work',
  'court.missingIdentifiersXlsx': 'court.work',

  // Court work (measure 9): duty.
  'duty.compute': 'signedIn',
  'duty.requests': 'court.work',
  'duty.createRequest': 'court.work',
  'duty.payments': 'court.work',
  'duty.recordPayment': 'court.work',
  'duty.recordExemption': 'court.work',

  // Court work (measure 9): documents.
  'court.makeDocuments': 'court.work',
  'court.caseDocuments': 'court.work',
  'court.exportPackage': 'court.work',
  'court.packages': 'court.work',
  'court.verifyPackage': 'court.work',
  'court.representatives': 'court.work',
  'court.saveRepresentative': 'documents.settings',

  // Bailiffs (measures 10 and 11) — writ registry and deadlines.
  'writs.deadline': 'registry.view',
  // fssp:writs
  'writs.get': 'registry.view',
  'writs.list': 'bailiffs.work',
  'writs.accountPersons': 'bailiffs.work',
  'writs.create': 'bailiffs.work',
  'writs.update': 'bailiffs.work',
  'writs.addEvent': 'bailiffs.work',
  'writs.deadlines': 'registry.view',
  'writs.importTemplate': 'bailiffs.work',
  'writs.importPreview': 'bailiffs.work',
  'writs.import': 'bailiffs.work',

  // Bailiffs — departments (ОСП) and debtors' banks.
  // fssp:departments
  'departments.list': 'bailiffs.work',
  'departments.save': 'bailiffs.work',
  'departments.saveTerritories': 'bailiffs.work',
  'departments.importCsv': 'bailiffs.work',
  'departments.exportCsv': 'bailiffs.work',
  'departments.template': 'bailiffs.work',
  'departments.buildings': 'bailiffs.work',
  'departments.mapBuildings': 'bailiffs.work',
  'departments.setBuildingDepartment': 'bailiffs.work',
  'debtorBanks.list': 'bailiffs.work',
  'debtorBanks.save': 'bailiffs.work',
  'debtorBanks.remove': 'bailiffs.work',

  // Bailiffs — applications, petitions with them, transfer registers.
  // fssp:applications
  'fsspApplications.candidates': 'bailiffs.work',
  'fsspApplications.create': 'bailiffs.work',
  'fsspApplications.list': 'bailiffs.work',
  'fsspApplications.withdraw': 'bailiffs.work',
  'fsspRegisters.create': 'bailiffs.work',
  'fsspRegisters.list': 'bailiffs.work',
  'fsspRegisters.files': 'bailiffs.work',
  'fsspRegisters.markHanded': 'bailiffs.work',

  // Bailiffs — enforcement proceedings, collections, petitions and answers.
  // fssp:proceedings
  'proceedings.list': 'bailiffs.work',
  'proceedings.get': 'bailiffs.work',
  'proceedings.openableWrits': 'bailiffs.work',
  'proceedings.open': 'bailiffs.work',
  'proceedings.edit': 'bailiffs.work',
  'proceedings.setStatus': 'bailiffs.work',
  'proceedings.addCollection': 'bailiffs.work',
  'proceedings.linkPayments': 'bailiffs.work',
  'proceedings.linkPayment': 'bailiffs.work',
  'petitions.list': 'bailiffs.work',
  'petitions.create': 'bailiffs.work',
  'petitions.answer': 'bailiffs.work',
  'petitions.answerFile': 'bailiffs.work',
  'petitions.complaint': 'bailiffs.work',

  // Bailiffs — reconciliation.
  // fssp:reconciliation
  'reconciliation.preview': 'bailiffs.work',
  'reconciliation.run': 'bailiffs.work',
  'reconciliation.list': 'bailiffs.work',
  'reconciliation.get': 'bailiffs.work',
  'reconciliation.resolve': 'bailiffs.work',
  'reconciliation.reportXlsx': 'bailiffs.work',
  'reconciliation.reportPdf': 'bailiffs.work',

  // Bailiffs — joint raids.
  // fssp:raids
  'raids.candidates': 'bailiffs.work',
  'raids.create': 'bailiffs.work',
  'raids.list': 'bailiffs.work',
  'raids.get': 'bailiffs.work',
  'raids.routeSheet': 'bailiffs.work',
  'raids.recordOutcome': 'bailiffs.work',
  'raids.summary': 'bailiffs.work',

  // The office — backups and restore.
  // office:backup
  'backups.list': 'backups.manage',
  'backups.settings': 'backups.manage',
  'backups.saveSettings': 'backups.manage',
  'backups.make': 'backups.manage',
  'backups.restore': 'backups.manage',

  // The office — retention of files.
  // office:retention
  'retention.get': 'settings.manage',
  'retention.save': 'settings.manage',
  'retention.purgeNow': 'settings.manage',

  // The office — limits for files.
  // office:upload
  'uploadLimits.get': 'settings.manage',
  'uploadLimits.save': 'settings.manage',

  // The office — the server on the LAN.
  // office:lan
  'lan.get': 'settings.manage',
  'lan.save': 'settings.manage',

  // Measure 8 — restriction: norms, tariffs, restrictable services, rules, contractors (administrator edits data).
  // measure8:data
  'restriction.worklist': 'restriction.work',
  'restriction.serviceDebts': 'registry.view',
  'restrictionData.get': 'registry.view',
  'restrictionData.addNorm': 'legalTables.manage',
  'restrictionData.addRestrictable': 'legalTables.manage',
  'restrictionData.addRule': 'legalTables.manage',

  // Measure 8 — restriction: candidates, warnings, delivery, timers.
  // measure8:warnings
  'restriction.warn': 'restriction.work',
  'restriction.recordDelivery': 'restriction.work',
  'restriction.cases': 'restriction.work',
  'restriction.timers': 'restriction.work',
  'restriction.close': 'restriction.work',

  // Measure 8 — restriction: orders to contractors, acts, restoration.
  // measure8:orders
  'restrictionOrders.contractors': 'restriction.work',
  'restrictionOrders.saveContractor': 'restriction.work',
  'restrictionOrders.mapCompany': 'restriction.work',
  'restrictionOrders.candidates': 'restriction.work',
  'restrictionOrders.create': 'restriction.work',
  'restrictionOrders.list': 'restriction.work',
  'restrictionOrders.recordAct': 'restriction.work',
  'restrictionOrders.actFiles': 'restriction.work',
  'restrictionOrders.actFile': 'restriction.work',
  'restrictionOrders.restorations': 'restriction.work',

  // Repayment agreements (measures 8, 9, 12).
  // agreements
  'agreements.create': 'agreements.work',
  'agreements.sign': 'agreements.work',
  'agreements.cancel': 'agreements.work',
  'agreements.list': 'registry.view',
  'agreements.get': 'registry.view',
  'agreements.forAccount': 'registry.view',

  // Measure 12 — eviction cases.
  // measure12:eviction
  'eviction.candidates': 'eviction.work',
  'eviction.open': 'eviction.work',
  'eviction.case': 'eviction.work',
  'eviction.cases': 'eviction.work',
  'eviction.checklist': 'eviction.work',
  'eviction.step': 'eviction.work',

  // Measure 12 — the municipal housing stock.
  // measure12:housing
  'housing.preview': 'eviction.work',
  'housing.apply': 'eviction.work',
  'housing.list': 'eviction.work',
  'housing.setStatus': 'eviction.work',
  'housing.candidates': 'eviction.work',
  'housing.reserve': 'eviction.work',
  'housing.release': 'eviction.work',

  // Reports — the overdue debt over time (aggregates, no persons).
  // reports:debt
  'debtHistory.series': 'reports.view',

  // Reports — the plan-execution report and the head's comments.
  // reports:plan
  'reportPlan.get': 'reports.view',
  'reportPlan.comment': 'plan.manage',
  'reportPlan.pdf': 'reports.view',
  'reportPlan.xlsx': 'reports.view',

  // Reports — effectiveness of the measures.
  // reports:effectiveness
  'effectiveness.report': 'reports.view',
  'effectiveness.xlsx': 'reports.view',

  // Measure 7 — the press summary and the publications log.
  // measure7:press
  'press.summary': 'media.work',
  'press.make': 'media.work',
  'publications.list': 'media.work',
  'publications.add': 'media.work',
  'publications.edit': 'media.work',
  'publications.file': 'media.work',

  // Measure 7 — «Чёрная метка» raids and demonstrative disconnections.
  // measure7:raids
  'blackmark.list': 'media.work',
  'blackmark.candidates': 'media.work',
  'blackmark.create': 'media.work',
  'blackmark.get': 'media.work',
  'blackmark.routeSheet': 'media.work',
  'blackmark.visitCards': 'media.work',
  'blackmark.recordOutcome': 'media.work',
  'blackmark.attachFiles': 'media.work',
  'blackmark.file': 'media.work',
  'blackmark.close': 'media.work',
  'blackmark.cancel': 'media.work',

  // Measure 13 — meetings, follow-up tasks, the building kit.
  // measure13:meetings
  'meetings.list': 'meetings.work',
  'meetings.get': 'meetings.work',
  'meetings.save': 'meetings.work',
  'meetings.tasks': 'meetings.work',
  'meetings.addTask': 'meetings.work',
  'meetings.setTaskDone': 'meetings.work',
  'meetings.taskCounts': 'meetings.work',
  'meetings.buildings': 'meetings.work',
  'meetings.attachFiles': 'meetings.work',
  'meetings.file': 'meetings.work',
  'meetings.kit': 'meetings.work',
  'meetings.kitPdf': 'meetings.work',
} as const satisfies Record<ApiMethod, MethodAccess>;

export type PublicMethod = {
  [M in ApiMethod]: (typeof METHOD_ACCESS)[M] extends 'public' ? M : never;
}[ApiMethod];
