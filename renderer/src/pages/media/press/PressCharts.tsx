/**
 * @file The press summary's two charts on screen (recharts): the debt at the end of the period by УК (bars) and the
 * district's debt at six month ends (a line). Each has an aria-label; the same numbers are in the tables beside them.
 */
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRubles } from '../../../format';

/** «ООО "УК Подмосковный бульвар"» → «УК Подмосковный…» under a bar (the full name is in the table). */
const shortName = (name: string): string => {
  const bare = name.replace(/^(?:ООО|АО|ОАО|ЗАО|МУП|ГУП|ТСЖ|ЖСК)\s+/u, '').replace(/["«»]/g, '');
  return bare.length > 16 ? `${bare.slice(0, 15)}…` : bare;
};

const millions = (kopecks: number): string =>
  `${(kopecks / 1e8).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} млн`;

export function CompanyDebtChart({ categories, debtKopecks }: { categories: string[]; debtKopecks: number[] }) {
  const data = categories.map((name, i) => ({ name, debt: debtKopecks[i] ?? 0 }));
  return (
    <div
      className="press-chart"
      role="img"
      aria-label="Долг на конец периода по управляющим компаниям; цифры — в таблице рядом"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} tickFormatter={shortName} height={30} />
          <YAxis tickFormatter={millions} width={64} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => [`${formatRubles(Number(v))} ₽`, 'Долг']} />
          <Bar dataKey="debt" fill="#2f5d8a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function MonthDebtChart({ categories, debtKopecks }: { categories: string[]; debtKopecks: number[] }) {
  const data = categories.map((date, i) => ({ date, debt: debtKopecks[i] ?? 0 }));
  return (
    <div
      className="press-chart"
      role="img"
      aria-label="Просроченная задолженность округа на концы шести месяцев; цифры — в таблице рядом"
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tick={{ fontSize: 11 }} />
          <YAxis tickFormatter={millions} width={64} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => [`${formatRubles(Number(v))} ₽`, 'Долг']} />
          <Line dataKey="debt" stroke="#b5472f" strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
