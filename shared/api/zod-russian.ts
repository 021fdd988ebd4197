/**
 * @file Switches zod's built-in validation messages to Russian, once, for every host.
 *
 * Schemas that a clerk fills in carry their own, more specific Russian messages; this locale covers the rest
 * (e.g. a malformed call from a script).
 */
import { z } from 'zod';
import { ru } from 'zod/locales';

z.config(ru());

export { z };
