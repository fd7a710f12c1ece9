/** The shape every translation of a catalog part takes: the same keys, a message for each (placeholders: tests/unit/i18n). */
import type { Message } from './format';

export type Translation<Source> = { readonly [K in keyof Source]: Source[K] extends string ? string : Message };
