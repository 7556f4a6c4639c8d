// Language codes as people write them (BCP 47: "ru", "kk-KZ", "pt-BR"), and which of them pplint
// reads. "kz" is the country, but drafts and file names use it for Kazakh, so it reads as "kk".
import { LANGUAGES, type Lang, type LanguageCode } from '../types.js';

// A primary subtag of two or three letters, then subtags of 1-8 letters or digits.
const BCP47 = /^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,4}$/i;

/** The lower-case tag, with "kz" read as Kazakh; null when the text is not a language tag. */
export function languageCode(written: string): LanguageCode | null {
  const tag = written.trim().replace(/_/g, '-');
  if (!BCP47.test(tag)) return null;
  const lower = tag.toLowerCase();
  return lower === 'kz' || lower.startsWith('kz-') ? `kk${lower.slice(2)}` : lower;
}

/** The language pplint reads for a tag ("kk-kz" → kk, "en-gb" → en), or null ("de", "pt-br"). */
export function readLanguage(code: LanguageCode | null | undefined): Lang | null {
  if (!code) return null;
  const primary = code.split('-')[0]!;
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Lang) : null;
}

/** The language of a document that pplint does not read ("de"), or null when it reads it (or does not know it). */
export function unreadLanguage(doc: { language: Lang | null; languageCode: LanguageCode | null }): LanguageCode | null {
  return doc.language === null && doc.languageCode !== null ? doc.languageCode : null;
}

const NAMES: Record<string, { en: string; ru: string; kk: string }> = {
  de: { en: 'German', ru: 'немецкий', kk: 'неміс тілі' },
  fr: { en: 'French', ru: 'французский', kk: 'француз тілі' },
  uz: { en: 'Uzbek', ru: 'узбекский', kk: 'өзбек тілі' },
  tr: { en: 'Turkish', ru: 'турецкий', kk: 'түрік тілі' },
  es: { en: 'Spanish', ru: 'испанский', kk: 'испан тілі' },
  it: { en: 'Italian', ru: 'итальянский', kk: 'итальян тілі' },
  pt: { en: 'Portuguese', ru: 'португальский', kk: 'португал тілі' },
  zh: { en: 'Chinese', ru: 'китайский', kk: 'қытай тілі' },
  ky: { en: 'Kyrgyz', ru: 'кыргызский', kk: 'қырғыз тілі' },
};

/** A language pplint does not read, named for a message ("German", «немецкий», «неміс тілі»); the tag itself when unknown. */
export function otherLanguageName(code: LanguageCode): { en: string; ru: string; kk: string } {
  return NAMES[code.split('-')[0]!] ?? { en: code, ru: code, kk: code };
}
