/**
 * @file How much memory a claim batch's job worker may use. The batch keeps ~70 MB live (one chunk of letters and
 * the join's page list) but makes garbage fast; without a cap V8 lets the heap reach 1 GB before collecting
 * (measured at 1,000 accounts). With the cap it collects sooner and the process stays within budget.
 */
export const CLAIM_BATCH_HEAP_MB = 320;

/** Heap cap of each thread that renders chunks of a batch (claim-render-pool.ts): one chunk of ~75 pages at a time. */
export const CLAIM_RENDER_HEAP_MB = 224;
