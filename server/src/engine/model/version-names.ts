// How a file's name says it is one language version of a policy: a base name, a language suffix
// and a Markdown extension (`privacy.ru.md`, `privacy-kk.md`, `privacy_en.markdown`,
// `privacy.pt-BR.md`). This is the one definition of that convention: the document's language,
// the grouping of versions, the CLI and the server all read names through it.
import { LANGUAGES, type Lang } from '../types.js';

export const MARKDOWN_EXTENSIONS: readonly string[] = ['md', 'markdown', 'mdx'];

/**
 * Two-letter codes (ISO 639-1) of the languages policies are commonly kept in: Central Asia's,
 * the CIS's, the EU's and the largest others. `kz` is what Kazakhstan's sites write for Kazakh.
 * Codes that are more often words in file names are left out: `id` ("user-id.md"), `no` (use
 * `nb` or `nn` for Norwegian), `is`, `as`, `or`, `ms`.
 */
export const VERSION_LANGUAGE_CODES: readonly string[] = [
  'en',
  'ru',
  'kk',
  'kz',
  'uz',
  'ky',
  'tg',
  'tk',
  'az',
  'hy',
  'ka',
  'be',
  'uk',
  'mn',
  'tr',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'cs',
  'sk',
  'hu',
  'ro',
  'bg',
  'sr',
  'hr',
  'sl',
  'bs',
  'mk',
  'sq',
  'el',
  'lt',
  'lv',
  'et',
  'fi',
  'sv',
  'da',
  'nb',
  'nn',
  'zh',
  'ja',
  'ko',
  'ar',
  'fa',
  'he',
  'hi',
  'ur',
  'th',
  'vi',
];

/** Other spellings of a language code in file names. */
const ALIASES: Readonly<Record<string, string>> = { kz: 'kk' };

const CODES = new Set(VERSION_LANGUAGE_CODES);
// A separator, the language code, and an optional region or script subtag (`-BR`, `_KZ`, `-Latn`)
// at the end of the name without its extension. Every part has a fixed length, so matching is
// linear in the name's length.
const SUFFIX = /[._-]([a-z]{2})(?:[-_]([a-z]{2}|[a-z]{4}))?$/i;

export interface VersionName {
  /** The name without the language suffix and the extension, lower-cased: what the versions share. */
  base: string;
  /** The language as the name writes it, lower-cased, with its subtag (`pt-br`, `kz`). */
  code: string;
  /** The language, normalised: `kz` → `kk`, no subtag. */
  language: string;
  /** The language when it is one the engine reads (en, ru, kk); null for the others. */
  lang: Lang | null;
}

/** Whether a file name has a Markdown extension. */
export function isMarkdownName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && MARKDOWN_EXTENSIONS.includes(name.slice(dot + 1).toLowerCase());
}

/** The name without its Markdown extension, or the name as it is. */
export function withoutExtension(name: string): string {
  return isMarkdownName(name) ? name.slice(0, name.lastIndexOf('.')) : name;
}

/** The version a file name names (`privacy.kk.md` → base `privacy`, language `kk`), or null. */
export function versionName(fileName: string): VersionName | null {
  if (!isMarkdownName(fileName)) return null;
  const stem = withoutExtension(fileName);
  const m = SUFFIX.exec(stem);
  if (!m || m.index === 0) return null;
  const primary = m[1]!.toLowerCase();
  if (!CODES.has(primary)) return null;
  const language = ALIASES[primary] ?? primary;
  return {
    base: stem.slice(0, m.index).toLowerCase(),
    code: m[2] ? `${primary}-${m[2].toLowerCase()}` : primary,
    language,
    lang: (LANGUAGES as readonly string[]).includes(language) ? (language as Lang) : null,
  };
}

/** The last segment of a URI or path, decoded. */
export function fileNameOf(uriOrPath: string): string {
  const cut = Math.max(uriOrPath.lastIndexOf('/'), uriOrPath.lastIndexOf('\\'));
  const name = uriOrPath.slice(cut + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The language a document's file name gives, when it is one the engine reads. */
export function languageFromFileName(uri: string): Lang | null {
  return versionName(fileNameOf(uri))?.lang ?? null;
}
