/**
 * @file The report's overdue debt: at the period's end and the previous period's end, by bracket and by УК (five
 * largest, the rest merged), the sums collected, and the six-point trend as a recharts line chart beside a table of
 * the same numbers.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanReportDebt, PlanReportDebtPart } from '../../../../../shared/api/contract-report-plan';
import { formatCount, formatDate, formatRubles } from '../../../format';

const signed = (k: number) => (k > 0 ? `+${formatRubles(k)}` : formatRubles(k));

function Parts({ title, parts }: { title: string; parts: PlanReportDebtPart[] }) {
  return (
    <table className="grid compact">
      <thead>
        <tr>
          <th scope="col">{title}</th>
          <th scope="col" className="num">
            Л/с
          </th>
          <th scope="col" className="num">
            Долг, ₽
          </th>
          <th scope="col" className="num">
            Ранее, ₽
          </th>
          <th scope="col" className="num">
            Изменение, ₽
          </th>
        </tr>
      </thead>
      <tbody>
        {parts.map((p) => (
          <tr key={p.label}>
            <td>{p.label}</td>
            <td className="num">{formatCount(p.accounts)}</td>
            <td className="num">{formatRubles(p.debtKopecks)}</td>
            <td className="num">{formatRubles(p.previousDebtKopecks)}</td>
            <td className="num">{signed(p.changeKopecks)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PlanDebtSection({ debt }: { debt: PlanReportDebt }) {
  const heading = `Просроченная задолженность на ${formatDate(debt.asOfDate)} и на ${formatDate(debt.previousAsOfDate)}`;
  if (!debt.available)
    return (
      <section aria-label="Просроченная задолженность">
        <h3>{heading}</h3>
        <p className="muted">
          Сведения о долге на эти даты не рассчитаны: в программе нет начислений и оплат за период.
        </p>
      </section>
    );
  const data = debt.trend.map((t) => ({
    name: t.label,
    debt: Math.round(t.debtKopecks / 100),
    collected: Math.round(t.collectedKopecks / 100),
  }));
  return (
    <section aria-label="Просроченная задолженность">
      <h3>{heading}</h3>
      <p>
        Долг: <strong>{formatRubles(debt.debtKopecks)} ₽</strong> ({formatCount(debt.accounts)} л/с), ранее{' '}
        {formatRubles(debt.previousDebtKopecks)} ₽, изменение {signed(debt.changeKopecks)} ₽. Собрано за период{' '}
        <strong>{formatRubles(debt.collectedKopecks)} ₽</strong>, за предыдущий —{' '}
        {formatRubles(debt.previousCollectedKopecks)} ₽.
      </p>
      <div className="plan-debt-parts">
        <Parts title="Группа долга" parts={debt.byBracket} />
        <Parts title="Управляющая компания" parts={debt.byCompany} />
      </div>
      <figure>
        <figcaption>Долг на конец периода и собрано за период, ₽</figcaption>
        <div
          style={{ width: '100%', maxWidth: 640, height: 220 }}
          role="img"
          aria-label="Динамика долга и оплат: числа в таблице ниже"
        >
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" />
              <YAxis width={90} tickFormatter={(v: number) => v.toLocaleString('ru-RU')} />
              <Tooltip formatter={(v) => `${Number(v).toLocaleString('ru-RU')} ₽`} />
              <Legend />
              <Line dataKey="debt" name="Просроченный долг" stroke="#2f5d8a" isAnimationActive={false} />
              <Line dataKey="collected" name="Собрано" stroke="#4c9a52" isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <table className="grid compact small">
          <thead>
            <tr>
              <th scope="col">Период (конец)</th>
              <th scope="col" className="num">
                Долг, ₽
              </th>
              <th scope="col" className="num">
                Собрано, ₽
              </th>
            </tr>
          </thead>
          <tbody>
            {debt.trend.map((t) => (
              <tr key={t.asOfDate}>
                <td>{formatDate(t.asOfDate)}</td>
                <td className="num">{formatRubles(t.debtKopecks)}</td>
                <td className="num">{formatRubles(t.collectedKopecks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </section>
  );
}
