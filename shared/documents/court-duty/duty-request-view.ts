/**
 * @file What the duty request letter to a УК shows (shared, pure): the applications grouped by court, each court
 * with its payee details (data/court-duty-payment.md §5: НК ст.333.18 п.3 — the duty is paid where the court sits,
 * ОКТМО of the court), the payment purpose line of each application, the subtotals and the total. The XLSX list is
 * written from the same rows, so the two agree to the kopeck.
 */
import { dativeFullName } from '../claim/dative-name';
import { rublesInWords } from '../claim/money-words';
import type { CourtPayee } from '../../court/court-record';

export interface DutyPayee extends CourtPayee {
  courtId: number;
  courtName: string;
  /** 0 — the details were not checked against the court's own site: the letter says so. */
  confirmed: boolean;
}

export interface DutyRequestRowInput {
  caseId: number;
  accountNumber: string;
  debtorName: string;
  /** Adult family members liable jointly (social tenancy): the purpose says «и др.». */
  jointDebtors: number;
  kind: 'court_order' | 'lawsuit';
  courtId: number;
  claimKopecks: number;
  dutyKopecks: number;
  dutyOffsetKopecks: number;
  paidKopecks: number;
  /** What the УК is asked to pay now: duty − offset − paid. */
  toPayKopecks: number;
}

export interface DutyRequestRow extends DutyRequestRowInput {
  /** 1, 2, … through the whole letter (the XLSX numbers the same). */
  position: number;
  kindLabel: string;
  courtName: string;
  purpose: string;
}

export interface DutyRequestGroup {
  payee: DutyPayee;
  rows: DutyRequestRow[];
  subtotalKopecks: number;
}

export interface DutyRequestView {
  requestId: number;
  requestDate: string;
  /** «ГП-12». */
  outgoingNumber: string;
  sender: { organisationName: string; responsiblePerson: string };
  company: { name: string; inn: string; kpp: string | null; address: string | null };
  groups: DutyRequestGroup[];
  casesCount: number;
  totalKopecks: number;
  totalWords: string;
}

export const DUTY_KIND_SHORT: Record<'court_order' | 'lawsuit', string> = {
  court_order: 'судебный приказ',
  lawsuit: 'иск',
};

/**
 * «Госпошлина за подачу заявления о выдаче судебного приказа к Иванову Ивану Ивановичу, Судебный участок № 123 …»
 * (data/court-duty-payment.md §5, поле 24).
 */
export function dutyPurpose(
  kind: 'court_order' | 'lawsuit',
  debtorName: string,
  jointDebtors: number,
  courtName: string,
): string {
  const what = kind === 'court_order' ? 'заявления о выдаче судебного приказа' : 'искового заявления';
  const whom = `${dativeFullName(debtorName)}${jointDebtors > 0 ? ' и др.' : ''}`;
  return `Госпошлина за подачу ${what} к ${whom}, ${courtName}`;
}

export function buildDutyRequestView(input: {
  requestId: number;
  requestDate: string;
  sender: DutyRequestView['sender'];
  company: DutyRequestView['company'];
  payees: readonly DutyPayee[];
  rows: readonly DutyRequestRowInput[];
}): DutyRequestView {
  const byCourt = new Map(input.payees.map((p) => [p.courtId, p]));
  const groups: DutyRequestGroup[] = [];
  const groupOf = new Map<number, DutyRequestGroup>();
  // Courts in the order of their first application; applications in the order given (by case id).
  for (const r of input.rows) {
    const payee = byCourt.get(r.courtId);
    if (!payee) throw new Error(`Нет реквизитов суда (код ${r.courtId}).`);
    let g = groupOf.get(r.courtId);
    if (!g) {
      g = { payee, rows: [], subtotalKopecks: 0 };
      groupOf.set(r.courtId, g);
      groups.push(g);
    }
    g.rows.push({
      ...r,
      position: 0,
      kindLabel: DUTY_KIND_SHORT[r.kind],
      courtName: payee.courtName,
      purpose: dutyPurpose(r.kind, r.debtorName, r.jointDebtors, payee.courtName),
    });
    g.subtotalKopecks += r.toPayKopecks;
  }
  let position = 0;
  for (const g of groups) for (const row of g.rows) row.position = ++position;
  const totalKopecks = groups.reduce((s, g) => s + g.subtotalKopecks, 0);
  return {
    requestId: input.requestId,
    requestDate: input.requestDate,
    outgoingNumber: `ГП-${input.requestId}`,
    sender: input.sender,
    company: input.company,
    groups,
    casesCount: position,
    totalKopecks,
    totalWords: rublesInWords(totalKopecks),
  };
}
