/**
 * @file Реестр должников. The registry table arrives with the billing import; until then the screen says what
 * is in the database and what comes next.
 */
import { useApi } from '../api/use-api';
import { formatCount } from '../format';

export function RegistryPage() {
  const [info] = useApi('app.info', {});
  return (
    <section>
      <h1 tabIndex={-1}>Реестр должников</h1>
      {info.state === 'ready' && (
        <p>
          Лицевых счетов в базе:{' '}
          <strong data-testid="registry-accounts">{formatCount(info.value.counts.accounts)}</strong>.
        </p>
      )}
      <div className="notice" role="note">
        Таблица реестра с фильтрами по группам долга, УК и домам, поиском и карточкой лицевого счёта появится вместе с
        загрузкой начислений и оплат.
      </div>
    </section>
  );
}
