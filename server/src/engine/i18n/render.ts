// Puts message ids into words in the interface language, which is separate from the language
// of the document (a Russian draft may be reviewed by an English-speaking lawyer).
import type { Lang, Localized, MessageRef } from '../types.js';
import { en } from './en.js';
import { ru } from './ru.js';
import { kk } from './kk.js';

export type Catalogue = Record<string, string>;

export const CATALOGUES: Record<Lang, Catalogue> = { en, ru, kk };

export function localize(value: string | number | Localized, lang: Lang): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return value[lang] ?? value.en;
}

export function render(message: MessageRef, lang: Lang): string {
  const template = CATALOGUES[lang][message.id] ?? CATALOGUES.en[message.id] ?? message.id;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = message.data?.[key];
    return value === undefined ? whole : localize(value, lang);
  });
}
