// Starts a TypeScript worker when the core runs from source (tsx, vitest): worker threads do not inherit the
// TypeScript loader, so this plain-JS entry registers tsx and imports the real entry given in workerData.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.__entry, import.meta.url);
