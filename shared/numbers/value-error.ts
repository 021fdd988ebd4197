/**
 * @file The refusal of a value parser, shared by the billing-file import (electron/core/import) and the number fields
 * of the forms (renderer/src/components/fields).
 *
 * Value parsers return a {@link ValueError} instead of throwing: throwing costs microseconds per call, and a
 * million-row file with a systematically bad column would otherwise spend seconds building stack traces.
 */

/**
 * Result of a value parser that did not accept its input. `message` is the tail of the clerk-facing text,
 * e.g. «не сумма в рублях (ожидается, например, 1 234,56)»; the import adds the row and the column, a form field adds
 * its name.
 */
export class ValueError {
  constructor(readonly message: string) {}
}
