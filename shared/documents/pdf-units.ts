/**
 * @file Units for the PDF templates: react-pdf measures in points (1/72 inch), the templates think in millimetres.
 */

/** Millimetres → points: mm(25.4) = 72. */
export const mm = (v: number): number => (v * 72) / 25.4;
