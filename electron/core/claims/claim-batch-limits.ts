/**
 * @file How much V8 heap the threads of a claim batch may use. A batch keeps little live (one chunk of letters,
 * the print file's page list) but makes garbage fast; without caps V8 let the heaps reach 1 GB before collecting
 * (measured at 1,000 accounts). With caps it collects sooner. Too low a cap costs time in collection: 128 MB per
 * render thread took 107 s of CPU for 1,000 accounts against 75 s at 224 MB (bench/claims-bench.ts).
 */
/** The batch's job worker (the coordinator; it renders itself only when one thread is used). */
export const CLAIM_BATCH_HEAP_MB = 256;

/**
 * Heap cap of each thread that renders chunks of a batch (claim-render-pool.ts): one chunk at a time — 3 accounts
 * with their letters and attachments, up to ~80 pages for large debtors with five years of history (160 MB ran out
 * on 6 such accounts of the 10 000-account demo).
 */
export const CLAIM_RENDER_HEAP_MB = 256;

/**
 * Threads rendering a batch by default. Measured at 1,000 accounts (1,503 letters) on our 2-core machine
 * (bench/claims-bench.ts): one thread 52.7 s and 606 MB peak for the whole process, two threads 40.0 s and 768 MB.
 * One keeps the batch within the memory an office PC can spare while the clerk works on; two are an option.
 */
export const CLAIM_RENDER_THREADS = 1;
