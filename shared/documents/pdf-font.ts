/**
 * @file The font family documents are set in. The core registers it (PT Sans TTF: full Cyrillic and «₽», «№»);
 * templates only name it, so shared/ never touches a file.
 */
export const DOCUMENT_FONT_FAMILY = 'PT Sans';
