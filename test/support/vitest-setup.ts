/**
 * @file Runs before every test file: the exceljs multi-byte fix must be in place before any test imports exceljs
 * itself (see [Note: exceljs multibyte] in electron/core/import/exceljs-multibyte-fix.ts).
 */
import '../../electron/core/import/exceljs-multibyte-fix';
