// E-mail addresses, web addresses, phone numbers and law or order citations: facts that read the
// same in every language, each with a key that is equal whenever two spellings mean the same
// thing — "+7 701 540 18 02" and "8 (701) 540-18-02" are one Kazakh number; "https://ioka.kz/"
// and "www.ioka.kz" one site; "No. 94-V" and «№ 94-V» one law; «№ 395/НҚ» and "No. 395/NK" one order.

import { trimEndOf, trimEndSpaceAnd } from '../../language/trim.js';
import { DOMAIN } from '../../language/links.js';

export interface IdentifierFact {
  type: 'email' | 'url' | 'phone' | 'citation';
  key: string;
  /** Indices into the searched text. */
  start: number;
  end: number;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])(?:mailto:)?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL = /(?<![\p{L}\p{N}@./-])(?:https?:\/\/|www\.)[^\s<>«»"“”„'()[\]{}]+/giu;
// A bare domain names a site too ("ioka.kz", "Kaspi.kz"): one definition, shared with language detection.
// A phone number: an international "+" number, or eleven digits that begin with 7 or 8 (the
// Kazakh and Russian plan), grouped by spaces, dashes, dots or brackets in any way.
const PHONE =
  /(?<![\p{L}\p{N}+./-])(?:\+[\s\u00a0]*\(?\d[\d\s\u00a0().‐-]{5,22}\d|\(?[78]\)?[\s\u00a0]*[\d\s\u00a0().‐-]{8,18}\d)(?![\p{N}]|[./-]\d)/gu;
// «№ 94-V», "No. 395/NK", "Nr. 7-О/Д": the number sign and an identifier that begins with a digit.
const NUMBERED = /(?<![\p{L}\p{N}])(?:№|no\.?|nr\.?)[\s\u00a0]*(\d[\p{L}\p{N}]*(?:[-/‐][\p{L}\p{N}]+)*)/giu;
// A law known by its number and letters: "94-V", "152-ФЗ", "231-VIII", «191-IV».
const LAW_NUMBER = /(?<![\p{L}\p{N}№./-])\d{1,4}-(?:[IVX]{1,5}|[А-ЯЁA-Z]{2,4})(?![\p{L}\p{N}])/gu;

// What may follow an address or a citation without being part of it (trimmed by a backward scan).
const AFTER_ADDRESS = '.,;:!?)]»”';
const AFTER_CITATION = '.,;:';

// Letters of an identifier read in Latin: «НҚ» is "NK", Cyrillic «В» in «94-В» is "V".
const TRANSLIT: Record<string, string> = {
  А: 'A',
  Ә: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Ғ: 'G',
  Д: 'D',
  Е: 'E',
  Ё: 'E',
  Ж: 'ZH',
  З: 'Z',
  И: 'I',
  Й: 'I',
  І: 'I',
  К: 'K',
  Қ: 'K',
  Л: 'L',
  М: 'M',
  Н: 'N',
  Ң: 'N',
  О: 'O',
  Ө: 'O',
  П: 'P',
  Р: 'R',
  С: 'S',
  Т: 'T',
  У: 'U',
  Ұ: 'U',
  Ү: 'U',
  Ф: 'F',
  Х: 'KH',
  Һ: 'H',
  Ц: 'TS',
  Ч: 'CH',
  Ш: 'SH',
  Щ: 'SHCH',
  Ъ: '',
  Ы: 'Y',
  Ь: '',
  Э: 'E',
  Ю: 'YU',
  Я: 'YA',
};

// English renderings of a law's letters that stand for the same words: «152-ФЗ» (федеральный
// закон) is "152-FZ" transliterated and "152-FL" (Federal Law) translated.
const SAME_LETTERS: Record<string, string> = { FL: 'FZ' };

/** Cyrillic letters read in Latin, as identifiers and transliterated names write them. */
export function toLatin(text: string): string {
  return text.toUpperCase().replace(/[^\s]/g, (ch) => TRANSLIT[ch] ?? ch);
}

export function citationKey(id: string): string {
  const key = trimEndOf(
    id
      .toUpperCase()
      .replace(/[‐–]/g, '-')
      .replace(/[^\s]/g, (ch) => TRANSLIT[ch] ?? ch),
    AFTER_CITATION,
  );
  const letters = /^(\d{1,4}-)([A-Z]{2,4})$/.exec(key);
  return letters && SAME_LETTERS[letters[2]!] ? `${letters[1]}${SAME_LETTERS[letters[2]!]}` : key;
}

export function phoneKey(raw: string): string | null {
  const international = raw.trimStart().startsWith('+');
  let digits = raw.replace(/\D/g, '');
  if (!international) {
    if (digits.length !== 11 || !/^[78]/.test(digits)) return null;
    // 8 is the trunk prefix of +7 inside Kazakhstan and Russia: 8 701 ... is +7 701 ...
    digits = `7${digits.slice(1)}`;
  }
  if (digits.length < 8 || digits.length > 15) return null;
  return `+${digits}`;
}

export function urlKey(raw: string): string {
  return trimEndOf(
    trimEndOf(raw.toLowerCase(), AFTER_ADDRESS)
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, ''),
    '/',
  );
}

// A path segment or query parameter that names the page's language ("/ru/", "/en-US/", "?lang=kk").
const LOCALE_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2})?$/i;
const LOCALE_PARAMETER = /^(?:lang|language|locale|hl|lng)$/i;

/**
 * The key of a link's target, as a fact every version states alike: the address without its
 * scheme, "www.", language segments (`/ru/`, `/en-US/`, `?lang=`) and fragment (headings' ids are
 * translated with them). Null for what is no address of its own: a link to a heading of the page,
 * a target spelt in another alphabet or percent-escaped (a page of its own in each language).
 */
export function linkKey(url: string): string | null {
  const target = url.trim();
  if (target === '' || target.startsWith('#') || /^(?:mailto|tel|javascript):/i.test(target)) return null;
  const [address = '', query = ''] = target.split('#')[0]!.split('?');
  if (/%[0-9a-f]{2}|[^\x21-\x7e]/i.test(address)) return null;
  const bare = urlKey(address);
  const slash = bare.startsWith('/') ? 0 : bare.indexOf('/');
  const host = slash < 0 ? bare : bare.slice(0, slash);
  const path =
    slash < 0
      ? []
      : bare
          .slice(slash + 1)
          .split('/')
          .filter((p) => p !== '' && !LOCALE_SEGMENT.test(p));
  const params = query
    .split('&')
    .filter((p) => p !== '' && !LOCALE_PARAMETER.test(p.split('=')[0]!))
    .sort();
  const key = `${host}${path.length > 0 ? `/${path.join('/')}` : ''}${params.length > 0 ? `?${params.join('&')}` : ''}`;
  return key === '' ? null : key;
}

/** An address written out in the text: localised like a link's target ("/ru/" against "/en/"). */
const addressKey = (raw: string): string => linkKey(raw) ?? urlKey(raw);

/** Every identifier in a text, in order, none inside another. */
export function findIdentifiers(text: string): IdentifierFact[] {
  const found: IdentifierFact[] = [];
  // Which characters an identifier already holds: checking a candidate costs its own length.
  const taken = new Uint8Array(text.length);
  const free = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const add = (type: IdentifierFact['type'], key: string, start: number, end: number): void => {
    if (!free(start, end)) return;
    found.push({ type, key, start, end });
    taken.fill(1, start, end);
  };
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) {
      const raw = trimEndOf(m[0], '.');
      add('email', raw.toLowerCase().replace(/^mailto:/, ''), m.index, m.index + raw.length);
    }
  }
  if (text.includes('.')) {
    for (const m of text.matchAll(URL)) {
      const raw = trimEndOf(m[0], AFTER_ADDRESS);
      add('url', addressKey(raw), m.index, m.index + raw.length);
    }
    for (const m of text.matchAll(DOMAIN)) {
      const raw = trimEndOf(m[0], AFTER_ADDRESS);
      add('url', addressKey(raw), m.index, m.index + raw.length);
    }
  }
  if (/\d/.test(text)) {
    for (const m of text.matchAll(PHONE)) {
      const raw = trimEndSpaceAnd(m[0], '(');
      const key = phoneKey(raw);
      if (key) add('phone', key, m.index, m.index + raw.length);
    }
    for (const m of text.matchAll(NUMBERED)) {
      const id = trimEndOf(m[1]!, AFTER_CITATION);
      add('citation', citationKey(id), m.index, m.index + m[0].length - (m[1]!.length - id.length));
    }
    for (const m of text.matchAll(LAW_NUMBER)) add('citation', citationKey(m[0]), m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}
