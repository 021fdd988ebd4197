/**
 * @file TEMPORARY stand-in for the court document templates (the docs helper's file of the same path replaces it on
 * merge): the same exports — renderCourtDocument(kind, facts), renderCourtRegister(facts), COURT_TEMPLATE_VERSION —
 * rendering a plain but real react-pdf text page (A4, 11 pt, 20 mm left margin) with the facts each document
 * states, so the documents job, the package and its tests run end to end before the templates land.
 */
import type * as ReactPdfModule from '@react-pdf/renderer';
import type * as ReactModule from 'react';
import {
  COURT_DOCUMENT_TITLES,
  type CaseFacts,
  type CourtDocumentKind,
  type CourtRegisterFacts,
} from '../../../shared/court/court-case-facts';
import { DOCUMENT_FONT_FAMILY } from '../../../shared/documents/pdf-font';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { registerDocumentFonts } from '../documents/pdf-fonts';

type ReactPdf = typeof ReactPdfModule;
const REACT_PDF_MODULE: string = '@react-pdf/renderer';
const REACT_MODULE: string = 'react';

export const COURT_TEMPLATE_VERSION = 'court-temporary-1';

const MM = 72 / 25.4;

async function renderLines(title: string, lines: string[]): Promise<Buffer> {
  const [pdf, react] = (await Promise.all([import(REACT_PDF_MODULE), import(REACT_MODULE)])) as [ReactPdf, typeof ReactModule];
  registerDocumentFonts(pdf.Font);
  const h = react.createElement;
  const page = h(
    pdf.Page,
    {
      size: 'A4',
      style: {
        fontFamily: DOCUMENT_FONT_FAMILY,
        fontSize: 11,
        paddingLeft: 20 * MM,
        paddingRight: 10 * MM,
        paddingTop: 20 * MM,
        paddingBottom: 20 * MM,
      },
    },
    h(pdf.Text, { style: { fontSize: 13, fontWeight: 'bold', textAlign: 'center', marginBottom: 10 } }, title),
    ...lines.map((line, i) => h(pdf.Text, { key: i, style: { marginBottom: 3 } }, line)),
  );
  const doc = h(pdf.Document, { title, language: 'ru' }, page);
  return pdf.renderToBuffer(doc as unknown as Parameters<ReactPdf['renderToBuffer']>[0]);
}

export async function renderCourtDocument(kind: CourtDocumentKind, facts: CaseFacts): Promise<Buffer> {
  const lines = [
    facts.court.addressee,
    facts.court.address,
    `Взыскатель: ${facts.claimant.name}, ИНН ${facts.claimant.inn}`,
    `Представитель: ${facts.claimant.representative.fullName}, ${facts.claimant.representative.position}, ${facts.claimant.representative.powerOfAttorney}`,
    ...facts.debtors.map(
      (d) =>
        `Должник: ${d.fullName}${d.birthDate ? `, ${formatRuDate(d.birthDate)} г.р.` : ''}${d.birthPlace ? `, место рождения ${d.birthPlace}` : ''}, ${d.residence}` +
        `${d.identifiers.length > 0 ? `; ${d.identifiers.join(', ')}` : d.identifiersUnknownConfirmed ? '; идентификаторы неизвестны взыскателю' : ''}`,
    ),
    `Л/с ${facts.accountNumber}, ${facts.premisesAddress} (${facts.debtorBasis})`,
    `Период: ${facts.periodFrom} — ${facts.periodTo}`,
    `Основной долг: ${rublesKopecksText(facts.principalKopecks)}`,
    `Пени: ${rublesKopecksText(facts.penaltyKopecks)}`,
    `Цена требования: ${rublesKopecksText(facts.claimKopecks)}`,
    `Государственная пошлина: ${rublesKopecksText(facts.dutyKopecks)}`,
  ];
  if (kind === 'attachments' || kind === 'application') lines.push('Приложения:', ...facts.attachments.map((a, i) => `${i + 1}. ${a}`));
  if (kind === 'debt_calculation') {
    for (const m of facts.months.filter((x) => x.included)) {
      lines.push(`${m.period}: начислено ${rublesKopecksText(m.chargedKopecks)}, оплачено ${rublesKopecksText(m.paidKopecks)}, долг ${rublesKopecksText(m.openKopecks)}`);
    }
  }
  lines.push(`Дата: ${formatRuDate(facts.documentDate)}`);
  return renderLines(`${COURT_DOCUMENT_TITLES[kind]} (дело № ${facts.caseId})`, lines);
}

export async function renderCourtRegister(facts: CourtRegisterFacts): Promise<Buffer> {
  const total = facts.rows.reduce((n, r) => n + r.claimKopecks, 0);
  const lines = [
    facts.court.addressee,
    `Отправитель: ${facts.sender}`,
    ...facts.rows.map(
      (r, i) =>
        `${i + 1}. ${r.debtorName}, л/с ${r.accountNumber}: долг ${rublesKopecksText(r.principalKopecks)}, пени ${rublesKopecksText(r.penaltyKopecks)}, ` +
        `всего ${rublesKopecksText(r.claimKopecks)}, пошлина ${rublesKopecksText(r.dutyKopecks)}, листов ${r.pages}`,
    ),
    `Итого: ${rublesKopecksText(total)}`,
    `${facts.signer.position} ${facts.signer.fullName}`,
    `Дата: ${formatRuDate(facts.documentDate)}`,
  ];
  return renderLines(COURT_DOCUMENT_TITLES.register, lines);
}
