/**
 * @file The home screen's tile «Восстановление услуги просрочено: N» (measure 8), for those who do restriction work:
 * it opens the restriction page on its «Восстановление» tab. Shown only when something is overdue or due.
 */
import { useApi } from '../../../api/use-api';
import './orders.css';

export function RestorationOverdueTile() {
  const [view] = useApi('restrictionOrders.restorations', {});
  if (view.state !== 'ready' || view.value.due.length === 0) return null;
  const { overdueCount, due } = view.value;
  return (
    <a
      className={`card home-restoration-tile${overdueCount > 0 ? ' overdue' : ''}`}
      href="#/measures/8"
      data-testid="home-restoration-tile"
      // The restriction page remembers its tab for the session (PageTabs): open it on «Восстановление».
      onClick={() => sessionStorage.setItem('restriction-page-tab', 'restoration')}
    >
      <div className="card-value">{overdueCount > 0 ? overdueCount : due.length}</div>
      <div className="card-label">
        {overdueCount > 0 ? 'Восстановление услуги просрочено' : 'Восстановить услугу (2 дня)'}
      </div>
    </a>
  );
}
