/**
 * @file The «Пакеты в суд» tab of the court work page (measure 9): per court, the cases awaiting filing — duty paid
 * or not, documents made or not — with «Сформировать документы» and «Выгрузить пакет» (one ZIP per court, run as a
 * job); the packages made, each to download and to «Проверить» against its manifest; and a ZIP from elsewhere
 * checked the same way.
 */
import { Fragment, useCallback, useEffect, useState, type ChangeEvent } from 'react';
import type {
  CourtCaseDocument,
  CourtPackageRow,
  CourtPackagesView,
  PackageCaseRow,
  PackageCourtRow,
} from '../../../../shared/api/contract-court-documents';
import type { JobStatus } from '../../../../shared/jobs/job-types';
import { api } from '../../api/client';
import { uploadFile } from '../../api/upload';
import { FormMessage, type FormMessageValue } from '../../components/FormMessage';
import { CourtRepresentativesPanel } from './CourtRepresentativesPanel';
import { JobProgress } from '../../components/JobProgress';
import { OpenDocumentButton } from '../../components/OpenDocumentButton';
import { downloadBase64 } from '../../components/download-file';
import { formatCount, formatDate, formatInstant, formatRubles, plural } from '../../format';
import { useScreenJob } from '../../hooks/useScreenJob';
import './court-packages.css';
import { FileButton } from '../../components/fields/FileButton';

const COURT_JOBS = ['court'] as const;

const CASE_KIND: Record<PackageCaseRow['kind'], string> = { court_order: 'судебный приказ', lawsuit: 'иск' };

function dutyText(c: PackageCaseRow): string {
  if (c.status === 'duty_paid') return 'оплачена';
  return c.ready || c.dutyKopecks === 0 ? 'не требуется' : 'не оплачена';
}

async function download(documentId: number): Promise<string | null> {
  const file = await api.call('documents.file', { documentId });
  if (!file.ok) return file.error.message;
  downloadBase64(file.value.base64, file.value.fileName, 'application/zip');
  return null;
}

function CaseDocuments({ caseId }: { caseId: number }) {
  const [docs, setDocs] = useState<CourtCaseDocument[] | string | null>(null);
  useEffect(() => {
    void api.call('court.caseDocuments', { caseId }).then((r) => setDocs(r.ok ? r.value : r.error.message));
  }, [caseId]);
  if (docs === null) return <span className="muted">Загрузка…</span>;
  if (typeof docs === 'string') return <span className="error-text">{docs}</span>;
  if (docs.length === 0) return <span className="muted">Документы не сформированы.</span>;
  return (
    <ul className="court-pkg-docs">
      {docs.map((d) => (
        <li key={d.documentId}>
          <OpenDocumentButton documentId={d.documentId} label={d.title} />
          {d.pages !== null && <span className="muted small"> · {d.pages} л.</span>}
        </li>
      ))}
    </ul>
  );
}

function CourtSection({
  court,
  busy,
  onStart,
}: {
  court: PackageCourtRow;
  busy: boolean;
  onStart: (method: 'court.makeDocuments' | 'court.exportPackage', input: Record<string, unknown>) => Promise<void>;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const ready = court.cases.filter((c) => c.ready);
  const withoutDocs = court.cases.filter((c) => c.documents === 0);
  const readySum = ready.reduce((n, c) => n + c.claimKopecks, 0);
  return (
    <section className="court-pkg-court" aria-labelledby={`court-pkg-${court.courtId}`}>
      <h2 id={`court-pkg-${court.courtId}`}>
        {court.name}
        {court.code && <span className="muted small"> · {court.code}</span>}
      </h2>
      <p className="court-pkg-counts">
        Готовы к выгрузке: <strong>{formatCount(ready.length)}</strong> {plural(ready.length, ['дело', 'дела', 'дел'])}
        {ready.length > 0 && <> на {formatRubles(readySum)} ₽</>}
        {withoutDocs.length > 0 && <> · без документов: {formatCount(withoutDocs.length)}</>}
      </p>
      <div className="court-pkg-actions">
        <button
          type="button"
          className="secondary"
          disabled={busy || court.cases.length === 0}
          onClick={() => void onStart('court.makeDocuments', { caseIds: court.cases.map((c) => c.caseId) })}
        >
          Сформировать документы
        </button>
        <button
          type="button"
          disabled={busy || ready.length === 0}
          title={ready.length === 0 ? 'Нет дел с оплаченной пошлиной и готовыми документами' : undefined}
          onClick={() => void onStart('court.exportPackage', { courtId: court.courtId })}
        >
          Выгрузить пакет
        </button>
      </div>
      {court.cases.length === 0 ? (
        <p className="muted">Дел, ожидающих подачи в этот суд, нет.</p>
      ) : (
        <table className="grid compact court-pkg-cases">
          <thead>
            <tr>
              <th scope="col">Дело</th>
              <th scope="col">Должник</th>
              <th scope="col">Л/с</th>
              <th scope="col">Вид</th>
              <th scope="col" className="num">
                Цена требования
              </th>
              <th scope="col" className="num">
                Госпошлина
              </th>
              <th scope="col">Пошлина</th>
              <th scope="col">Документы</th>
            </tr>
          </thead>
          <tbody>
            {court.cases.map((c) => (
              <Fragment key={c.caseId}>
                <tr className={c.ready ? 'court-pkg-ready' : undefined}>
                  <td>№ {c.caseId}</td>
                  <td>{c.debtorName}</td>
                  <td>{c.accountNumber}</td>
                  <td>{CASE_KIND[c.kind]}</td>
                  <td className="num">{formatRubles(c.claimKopecks)}</td>
                  <td className="num">{formatRubles(c.dutyKopecks)}</td>
                  <td className={dutyText(c) === 'не оплачена' ? 'court-pkg-unpaid' : undefined}>{dutyText(c)}</td>
                  <td>
                    {c.documents > 0 ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={open === c.caseId}
                        onClick={() => setOpen(open === c.caseId ? null : c.caseId)}
                      >
                        {c.documents} {plural(c.documents, ['файл', 'файла', 'файлов'])} от{' '}
                        {formatDate(c.documentsDate)}
                      </button>
                    ) : (
                      <span className="muted">не сформированы</span>
                    )}
                  </td>
                </tr>
                {open === c.caseId && (
                  <tr>
                    <td colSpan={8}>
                      <CaseDocuments caseId={c.caseId} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PackagesTable({ packages }: { packages: CourtPackageRow[] }) {
  const [checks, setChecks] = useState<Record<number, FormMessageValue & { lines?: string[] }>>({});
  if (packages.length === 0) return <p className="muted">Пакетов ещё не выгружали.</p>;
  async function check(packageId: number): Promise<void> {
    setChecks((c) => ({ ...c, [packageId]: { kind: 'ok', text: 'Проверяется…' } }));
    const r = await api.call('court.verifyPackage', { packageId });
    setChecks((c) => ({
      ...c,
      [packageId]: r.ok
        ? { kind: 'ok', text: r.value.lines[0] ?? '', lines: r.value.lines.slice(1) }
        : { kind: 'error', text: r.error.message },
    }));
  }
  async function save(p: CourtPackageRow): Promise<void> {
    if (p.documentId === null) return;
    const problem = await download(p.documentId);
    if (problem) setChecks((c) => ({ ...c, [p.packageId]: { kind: 'error', text: problem } }));
  }
  return (
    <table className="grid compact court-pkg-packages" data-testid="court-packages-table">
      <thead>
        <tr>
          <th scope="col">Выгружен</th>
          <th scope="col">Суд</th>
          <th scope="col">Файл</th>
          <th scope="col" className="num">
            Дел
          </th>
          <th scope="col" className="num">
            Сумма
          </th>
          <th scope="col">Кто</th>
          <th scope="col">Действия</th>
        </tr>
      </thead>
      <tbody>
        {packages.map((p) => (
          <Fragment key={p.packageId}>
            <tr>
              <td>{formatInstant(p.createdAtMs)}</td>
              <td>{p.courtName}</td>
              <td className="court-pkg-file">{p.fileName}</td>
              <td className="num">{p.casesCount}</td>
              <td className="num">{formatRubles(p.totalKopecks)}</td>
              <td>{p.userName}</td>
              <td className="court-pkg-row-actions">
                <button
                  type="button"
                  className="link-button"
                  disabled={p.documentId === null}
                  onClick={() => void save(p)}
                >
                  Скачать
                </button>
                <button type="button" className="link-button" onClick={() => void check(p.packageId)}>
                  Проверить
                </button>
              </td>
            </tr>
            {checks[p.packageId] && (
              <tr>
                <td colSpan={7}>
                  <FormMessage message={checks[p.packageId]!} />
                  {checks[p.packageId]!.lines?.map((l) => (
                    <p key={l} className="small muted">
                      {l}
                    </p>
                  ))}
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function VerifyUpload() {
  const [message, setMessage] = useState<(FormMessageValue & { lines?: string[] }) | null>(null);
  async function pick(e: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setMessage({ kind: 'ok', text: `Проверяется «${file.name}»…` });
    const uploaded = await uploadFile(file);
    if (!uploaded.ok) return setMessage({ kind: 'error', text: uploaded.error.message });
    const r = await api.call('court.verifyPackage', { uploadId: uploaded.value.uploadId });
    setMessage(
      r.ok
        ? { kind: 'ok', text: r.value.lines[0] ?? '', lines: r.value.lines.slice(1) }
        : { kind: 'error', text: r.error.message },
    );
  }
  return (
    <div className="court-pkg-verify">
      <label>
        Проверить архив ZIP по его описи:{' '}
        <FileButton label="Выбрать архив ZIP…" accept=".zip,application/zip" onChange={(e) => void pick(e)} />
      </label>
      <FormMessage message={message} />
      {message?.lines?.map((l) => (
        <p key={l} className="small muted">
          {l}
        </p>
      ))}
    </div>
  );
}

export function CourtPackagesTab() {
  const [view, setView] = useState<CourtPackagesView | string | null>(null);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [made, setMade] = useState<CourtPackageRow | null>(null);
  const job = useScreenJob(COURT_JOBS);
  const [running, setRunning] = useState(false);
  const load = useCallback(() => {
    void api.call('court.packages', {}).then((r) => setView(r.ok ? r.value : r.error.message));
  }, []);
  useEffect(load, [load]);
  const [finished, setFinished] = useState<string | null>(null);
  // A job still running when the screen opened (found after a reload) keeps the buttons off until it ends.
  const busy = running || (job.found?.state === 'running' && finished !== job.found.id);

  async function start(
    method: 'court.makeDocuments' | 'court.exportPackage',
    input: Record<string, unknown>,
  ): Promise<void> {
    setMessage(null);
    setMade(null);
    const r =
      method === 'court.makeDocuments'
        ? await api.call('court.makeDocuments', input as { caseIds: number[] })
        : await api.call('court.exportPackage', input as { courtId: number });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setRunning(true);
    job.follow(r.value.jobId);
  }
  const onFinished = (status: JobStatus) => {
    setRunning(false);
    setFinished(status.id);
    load();
    if (status.state === 'done' && status.title.startsWith('Пакет в суд')) {
      // The package just made: offer it at once.
      void api.call('court.packages', {}).then((r) => {
        const newest = r.ok ? r.value.packages[0] : undefined;
        if (newest?.documentId != null) setMade(newest);
      });
    }
  };

  if (view === null) return <p className="muted">Загрузка…</p>;
  if (typeof view === 'string') return <p className="error-text">{view}</p>;
  return (
    <div className="court-pkg">
      <p className="muted">
        Один архив ZIP на суд для электронной подачи: папка на каждое заявление, каждый документ — отдельный PDF с
        текстом (не больше 30 МБ), реестр заявлений и опись с контрольными суммами SHA-256. В пакет идут дела с
        оплаченной госпошлиной и сформированными документами.
      </p>
      {view.withoutCourt > 0 && (
        <p className="notice" role="note">
          {formatCount(view.withoutCourt)} {plural(view.withoutCourt, ['дело', 'дела', 'дел'])} без суда: дом не
          сопоставлен с судебным участком. Сопоставьте дома во вкладке «Суды».
        </p>
      )}
      <FormMessage message={message} />
      {made && (
        <p className="court-pkg-made">
          Пакет готов: <span className="court-pkg-file">{made.fileName}</span>{' '}
          <button
            type="button"
            data-testid="court-package-download"
            onClick={() =>
              void download(made.documentId!).then((problem) => problem && setMessage({ kind: 'error', text: problem }))
            }
          >
            Скачать пакет
          </button>
        </p>
      )}
      {job.jobId && <JobProgress key={job.jobId} jobId={job.jobId} initial={job.found} onFinished={onFinished} />}
      {view.courts.length === 0 ? (
        <p className="muted">Дел, ожидающих подачи, нет: подготовьте их во вкладке «Очередь».</p>
      ) : (
        view.courts.map((c) => <CourtSection key={c.courtId} court={c} busy={busy} onStart={start} />)
      )}
      <h2>Выгруженные пакеты</h2>
      <PackagesTable packages={view.packages} />
      <VerifyUpload />
      <CourtRepresentativesPanel />
    </div>
  );
}
