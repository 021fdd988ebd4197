/**
 * @file «← Назад» / «Дальше →» under a paged list (court cases, writs, proceedings): shown only when there is more
 * than one page.
 */
export function PagePager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <div className="form-actions">
      <button type="button" className="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← Назад
      </button>
      <button type="button" className="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Дальше →
      </button>
    </div>
  );
}
