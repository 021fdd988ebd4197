/**
 * @file Many rows into one table, N rows per INSERT statement. SQLite and better-sqlite3 pay a fixed cost per
 * statement run (binding, the statement's own bookkeeping), so a multi-row VALUES list of 100 rows costs a
 * fraction of 100 single-row runs — the import's summaries write a quarter of a million month rows this way.
 * Rows are written in the order added; call {@link BatchInsert.flush} before anything reads or deletes them.
 */
import type Database from 'better-sqlite3';

export class BatchInsert {
  private readonly many: Database.Statement;
  private readonly one: Database.Statement;
  private readonly params: unknown[];
  private filled = 0;

  /**
   * @param head the statement up to VALUES, e.g. 'INSERT INTO t (a, b)'
   * @param columns values per row
   */
  constructor(
    sqlite: Database.Database,
    head: string,
    private readonly columns: number,
    private readonly rowsPerStatement = 100,
  ) {
    const row = `(${Array<string>(columns).fill('?').join(', ')})`;
    this.many = sqlite.prepare(`${head} VALUES ${Array<string>(rowsPerStatement).fill(row).join(', ')}`);
    this.one = sqlite.prepare(`${head} VALUES ${row}`);
    this.params = new Array<unknown>(columns * rowsPerStatement);
  }

  /** Adds one row (exactly `columns` values). */
  add(...values: unknown[]): void {
    const { params } = this;
    let k = this.filled * this.columns;
    for (const v of values) params[k++] = v;
    if (++this.filled === this.rowsPerStatement) {
      this.many.run(params);
      this.filled = 0;
    }
  }

  /** Writes the rows still waiting. */
  flush(): void {
    const { columns } = this;
    for (let r = 0; r < this.filled; r++) this.one.run(this.params.slice(r * columns, (r + 1) * columns));
    this.filled = 0;
  }
}
