import { OSP_LIST_LINES, writeList, FILES } from './reconciliation-fixture';
writeList(FILES, 'reconciliation-osp-2025-06-30.csv', OSP_LIST_LINES);
