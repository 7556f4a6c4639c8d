// What a retention statement covers, and whether two statements cover the same thing.
// The words are kept as written (the JSON shows what the text says); for comparison they are
// reduced to categories that mean the same in every language ("payment card details",
// «реквизиты платежной карточки», «төлем карточкасының деректемелері» are all `payment`).
import { foldForMatch } from '../../language/normalize.js';

const CATEGORIES: Array<[string, RegExp]> = [
  [
    'payment',
    /payment|card|bank\s+(?:account|details)|платеж|платёж|карт[аоуыe]|карточ|реквизит|төлем|карточка|карта/u,
  ],
  ['transaction', /transaction|транзакц|операци[йия]/u],
  [
    'identity',
    /identity|passport|id\s+document|\biin\b|identification\s+number|удостоверени|паспорт|\bиин\b|идентификационн|жсн|жеке\s+куәлік|сәйкестендіру/u,
  ],
  [
    'contact',
    /contact|e-?mail|phone|telephone|postal\s+address|контакт|почт|телефон|абонентск|адрес|байланыс|пошта|мекенжай|абоненттік/u,
  ],
  ['account', /user\s+account|account\s+data|profile|учетн\p{L}*\s+запис|аккаунт|профил|есептік\s+жазба/u],
  [
    'communications',
    /correspondence|chat|messages?|call\s+recordings?|recordings?\s+of\s+calls|requests?|enquir|inquir|переписк|обращени|запрос|записи\s+(?:телефонн|разговор|звонк)|хат|сұрау|өтініш/u,
  ],
  [
    'technical',
    /\blogs?\b|log\s+files|cookies?|ip\s+address|device\s+data|technical\s+data|журнал|технич|cookie|куки|құрылғы/u,
  ],
  ['marketing', /marketing|newsletter|advertis|рассылк|маркетинг|реклам|жарнама|ақпараттық\s+тарату/u],
  ['biometric', /biometric|биометр/u],
  ['video', /video|cctv|видео|бейне/u],
  ['staff', /candidates?|résumé|resume|\bcv\b|employees?|staff|кандидат|резюме|сотрудник|работник|қызметкер/u],
];

// Words that name personal data in general, and the words that go with them.
const GENERIC_WORD =
  /^(?:personal|data|information|details|your|the|our|all|any|such|user'?s?|users'?|of|персональн\p{L}*|данн\p{L}*|сведени\p{L}*|информаци\p{L}*|ваш\p{L}*|все|всех|пользовател\p{L}*|субъект\p{L}*|дербес|жеке|деректер\p{L}*|ақпарат\p{L}*|мәліметтер\p{L}*|сіздің|барлық|пайдаланушы\p{L}*)$/u;

export interface CoverKeys {
  /** Categories named: payment, contact, …; empty when none is. */
  categories: string[];
  /** The statement speaks of personal data in general ("Data", «персональные данные»). */
  generic: boolean;
  /** Other words that narrow the data down ("of unsuccessful applicants"), folded; "" when none. */
  rest: string;
}

// Keys are asked for on every keystroke, for the same few phrases: remember them.
const keyCache = new Map<string, CoverKeys>();
const eventCache = new Map<string, string>();
const CACHE_LIMIT = 4000;

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function coverKeys(covers: string | null): CoverKeys {
  if (!covers) return { categories: [], generic: true, rest: '' };
  return remember(keyCache, covers, () => readKeys(covers));
}

function readKeys(covers: string): CoverKeys {
  const folded = foldForMatch(covers);
  const categories = CATEGORIES.filter(([, pattern]) => pattern.test(folded)).map(([name]) => name);
  const rest = (folded.match(/[\p{L}\p{N}'-]+/gu) ?? []).filter((w) => !GENERIC_WORD.test(w)).join(' ');
  return { categories, generic: categories.length === 0 && rest === '', rest };
}

// The events a period runs from, reduced to what they mean.
const EVENTS: Array<[string, RegExp]> = [
  ['consent-withdrawal', /withdraw|revok|отзыв|кері\s+қайтар|қайтарып\s+ал|кері\s+шақыр/u],
  ['payment', /payment|transaction|платеж|платёж|транзакц|төлем/u],
  ['account-closure', /account|счет|счёт|учетн|шот|есептік/u],
  ['contract-end', /contract|agreement|relationship|договор|соглашени|отношени|шарт/u],
  ['purposes', /purpose|цел[иейь]|мақсат/u],
  ['consent', /consent|согласи|келісім/u],
  ['collection', /collect|receipt|obtain|сбор|получени|жина|алын/u],
  ['last-activity', /last\s+(?:activity|login|use|contact)|последн|соңғы/u],
];

/** What an event means, for comparison: "date of payment", «момента осуществления платежа» → payment. */
export function eventKey(event: string | null): string | null {
  if (!event) return null;
  return remember(eventCache, event, () => readEvent(event));
}

function readEvent(event: string): string {
  const folded = foldForMatch(event);
  for (const [key, pattern] of EVENTS) if (pattern.test(folded)) return key;
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether two statements speak of the same data or purpose, as far as the words can tell. */
export function sameCoverage(a: CoverKeys, b: CoverKeys): boolean {
  if (a.categories.length > 0 && b.categories.length > 0) return a.categories.some((c) => b.categories.includes(c));
  if (a.categories.length > 0 || b.categories.length > 0) return false;
  // Data of no known category ("of unsuccessful applicants") match only the same words.
  return a.generic ? b.generic : a.rest === b.rest;
}
