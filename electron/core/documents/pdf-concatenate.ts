/**
 * @file Joins PDF parts into one file without holding the whole result in memory — the print-ready file of a
 * 5,000-letter batch is a few hundred megabytes of objects for pdf-lib, which keeps a document whole until save().
 *
 * How: one pdf-lib document owns the catalog and the page tree. Each part is loaded, its pages copied in and
 * added, and then every object the copy created (pages, content streams, the part's font subsets) is written to
 * the output file at once and dropped from the document, its byte offset kept for the cross-reference table.
 * Only the page tree, the catalog and the offsets stay in memory. The file ends with a classic xref table and
 * trailer, which every viewer and printer reads.
 */
import fs from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';

const HEADER = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n\n', 'latin1');

export class PdfConcatenator {
  private readonly fd: number;
  private position = 0;
  private readonly offsets = new Map<number, number>();
  private written = 0;
  /** Leaves of the one flat page tree, in order (pdf-lib's addPage would walk leaves already written out). */
  private readonly pageRefs: PDFRef[] = [];

  private constructor(
    private readonly doc: PDFDocument,
    private readonly path: string,
  ) {
    this.fd = fs.openSync(`${path}.part`, 'w');
    this.write(HEADER);
    this.written = doc.context.largestObjectNumber;
  }

  static async create(path: string, title: string): Promise<PdfConcatenator> {
    const doc = await PDFDocument.create();
    doc.setTitle(title);
    doc.setLanguage('ru');
    doc.setProducer('АРМ «Долги ЖКУ»');
    return new PdfConcatenator(doc, path);
  }

  get pages(): number {
    return this.pageRefs.length;
  }

  private get pagesRoot(): PDFRef {
    return this.doc.catalog.get(PDFName.of('Pages')) as PDFRef;
  }

  private write(bytes: Uint8Array): void {
    fs.writeSync(this.fd, bytes);
    this.position += bytes.length;
  }

  private writeObject(ref: PDFRef, object: PDFObject): void {
    this.offsets.set(ref.objectNumber, this.position);
    const body = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    this.write(Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1'));
    this.write(body);
    this.write(Buffer.from('\nendobj\n\n', 'latin1'));
  }

  /** Appends all pages of a part (a loaded PDF, or its bytes). */
  async append(part: Uint8Array | PDFDocument): Promise<void> {
    const src = part instanceof PDFDocument ? part : await PDFDocument.load(part);
    const pages = await this.doc.copyPages(src, src.getPageIndices());
    for (const page of pages) {
      page.node.set(PDFName.of('Parent'), this.pagesRoot);
      this.pageRefs.push(page.ref);
    }
    // Objects numbered above the last flushed one were made by this copy: out to the file, out of memory.
    const context = this.doc.context;
    const last = context.largestObjectNumber;
    for (let n = this.written + 1; n <= last; n++) {
      const ref = PDFRef.of(n);
      const object = context.lookup(ref);
      if (!object) continue;
      this.writeObject(ref, object);
      context.delete(ref);
    }
    this.written = last;
  }

  /** Writes the page tree, catalog, info, the xref table and the trailer; renames the file into place. */
  async finish(): Promise<void> {
    const context = this.doc.context;
    const root = context.lookup(this.pagesRoot, PDFDict);
    const kids = PDFArray.withContext(context);
    for (const ref of this.pageRefs) kids.push(ref);
    root.set(PDFName.of('Kids'), kids);
    root.set(PDFName.of('Count'), PDFNumber.of(this.pageRefs.length));
    for (const [ref, object] of context.enumerateIndirectObjects()) this.writeObject(ref, object);
    const size = context.largestObjectNumber + 1;
    const xrefAt = this.position;
    const lines = ['xref', `0 ${size}`, '0000000000 65535 f '];
    for (let n = 1; n < size; n++) {
      const at = this.offsets.get(n);
      lines.push(at === undefined ? '0000000000 00001 f ' : `${String(at).padStart(10, '0')} 00000 n `);
    }
    const catalog = context.trailerInfo.Root as PDFRef;
    const info = context.trailerInfo.Info as PDFRef | undefined;
    lines.push(
      'trailer',
      `<< /Size ${size} /Root ${catalog.toString()}${info ? ` /Info ${info.toString()}` : ''} >>`,
      'startxref',
      String(xrefAt),
      '%%EOF',
      '',
    );
    this.write(Buffer.from(lines.join('\n'), 'latin1'));
    fs.closeSync(this.fd);
    fs.renameSync(`${this.path}.part`, this.path);
  }

  /** Gives up: closes and removes the unfinished file. */
  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // already closed
    }
    fs.rmSync(`${this.path}.part`, { force: true });
  }
}
