/**
 * @file One row of the registry table: account number (with «закрыт» / «наниматель»), address over the payer's
 * name, УК, debt, months, debt group chip, last payment date over its sum. Fixed height: the table is virtualised;
 * the address and the УК wrap at word boundaries within it (styles.css) instead of being cut.
 */
import type { CSSProperties } from 'react';
import type { DebtBracket } from '../../../shared/registry/brackets';
import type { RegistryRow } from '../../../shared/registry/registry-types';
import { formatDate, formatRub } from '../format';
import { hrefOf } from '../routing';
import { BracketChip } from './BracketChip';

/** Abbreviations that must stay with what follows them («кв.\u00a012», «д.\u00a05»), so a line breaks between the
 * parts of an address, never inside one. */
const GLUED = /(^|[\s,])(г\.|р\.п\.|д\.|ул\.|пр\.|пер\.|корп\.|к\.|стр\.|кв\.|пом\.|мкр\.|ш\.|пл\.)\s+/g;

/**
 * The address as it wraps in the registry: a break may fall only after a comma-separated part or between the words
 * of a street's name, and a house or flat number stays with its abbreviation.
 */
export function wrappableAddress(address: string): string {
  return address.replace(GLUED, (_m, before: string, abbr: string) => `${before}${abbr}\u00a0`);
}

interface RowProps {
  index: number;
  row: RegistryRow;
  active: boolean;
  brackets?: readonly DebtBracket[] | undefined;
  style: CSSProperties;
  onOpen: (index: number) => void;
}

export function RegistryRowView({ index, row, active, brackets, style, onOpen }: RowProps) {
  const classes = ['registry-row', 'registry-cols', active ? 'active' : '', row.status === 'closed' ? 'closed' : ''];
  return (
    <div
      id={`registry-row-${index}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      className={classes.join(' ')}
      style={style}
      data-testid="registry-row"
      data-account-number={row.number}
      onClick={() => onOpen(index)}
      title={row.status === 'closed' ? 'Счёт закрыт' : undefined}
    >
      <div role="gridcell">
        <a className="line" href={hrefOf({ page: 'account', accountId: row.accountId })} tabIndex={-1}>
          {row.number}
        </a>
        {/* Closed accounts and social tenants (the only ones measure 12 applies to) are worth seeing in the list. */}
        {row.status === 'closed' ? (
          <span className="line muted">закрыт</span>
        ) : (
          row.tenure === 'social_tenant' && <span className="line muted">наниматель</span>
        )}
      </div>
      <div role="gridcell" title={row.mainPerson ? `${row.address}\n${row.mainPerson}` : row.address}>
        <span className="address" data-testid="registry-address">
          {wrappableAddress(row.address)}
        </span>
        <span className="line muted">{row.mainPerson ?? 'плательщик не указан'}</span>
      </div>
      <div role="gridcell" title={row.companyName}>
        <span className="company">{row.companyName}</span>
      </div>
      <div role="gridcell" className={row.debtKopecks < 0 ? 'num overpaid' : 'num'}>
        <span className="line">{formatRub(row.debtKopecks)}</span>
      </div>
      <div role="gridcell" className="num">
        <span className="line">{row.monthsInArrears > 0 ? row.monthsInArrears : '—'}</span>
      </div>
      <div role="gridcell">
        <span className="line">
          <BracketChip code={row.bracket} brackets={brackets} />
        </span>
      </div>
      <div role="gridcell" className="num">
        {row.lastPaymentDate ? (
          <>
            <span className="line">{formatDate(row.lastPaymentDate)}</span>
            {row.lastPaymentKopecks !== null && <span className="line muted">{formatRub(row.lastPaymentKopecks)}</span>}
          </>
        ) : (
          <span className="line muted">оплат нет</span>
        )}
      </div>
    </div>
  );
}
