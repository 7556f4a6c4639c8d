// Facts that state a requirement by their form rather than their words: an e-mail address, a phone
// number or a postal address (how to contact the operator), a company name with its legal form,
// a BIN, and a date next to "last updated" / «редакция от» / «бекітілген». Found per block, on the
// text a reader sees, and cached with the block.
import type { Block } from '../../model/document.js';
import type { FactKind } from '../../profiles/types.js';
import { monthNamePattern } from '../anchors/dates.js';
import { lexicon } from '../vocabulary/lexicon.js';

export interface Fact {
  kind: FactKind;
  /** Indices into the block's text. */
  start: number;
  end: number;
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
// +7 701 540 18 02, +7 (727) 355-10-20, 8-727-258-59-55, 8 800 080 18 00.
const PHONE = /(?<![\d+])(?:\+\d{1,3}[\s(-]*\d{2,4}[\s)-]*\d{2,4}[\s-]*\d{2}[\s-]*\d{2,4}|8[\s-]?\(?\d{3}\)?[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2,3})(?!\d)/g;
// A street, avenue or building word near a number ("Zheltoksan Street 115", «ул. Наурызбай батыра,
// 154А», «Достық даңғылы, 91/2 үй»), or a six-digit postcode before a place name.
const STREET = /(?:\b(?:street|st\.|avenue|ave\.|road|microdistrict|blvd|boulevard|building|office|suite|postal\s+code)(?![\p{L}])|(?<![\p{L}])(?:ул\.|улица|пр\.|пр-т|проспект|мкр\.?|микрорайон|бульвар|дом|офис|индекс|көшесі|даңғылы|шағын\s+ауданы|ғимарат)(?![\p{L}]))\.?[^\n.;]{0,40}?\d+|\d+[\p{L}/\d]*,?\s+(?:[\p{Lu}][\p{L}-]+\s+){1,3}(?:street|avenue|st\.|ave\.)/giu;
const POSTCODE = /(?<!\d)\d{6}(?!\d),?\s*(?:(?:republic\s+of\s+)?kazakhstan|республика\s+казахстан|казахстан|қазақстан|г\.|city|almaty|astana|алматы|астана|\p{Lu}[\p{L}-]+,)/giu;
const EN_FORMS = 'LLP|LLC|JSC|PLC|Ltd\\.?|Limited|Inc\\.?|Corp\\.?|GmbH|S\\.A\\.|B\\.V\\.';
// "FFIN Payments LLP", "“ioka fintech” LLP", "LLP “FFIN Payments”", АО «Kaspi Bank», «ioka fintech» ЖШС.
const LEGAL_ENTITY = new RegExp(
  [
    `(?:[\\p{Lu}\\d][\\p{L}\\d&.-]*|[”"»])\\s+(?:${EN_FORMS})(?![\\p{L}])`,
    `(?<![\\p{L}])(?:LLP|LLC|JSC)\\s+[“"«]`,
    '(?<![\\p{L}])(?:ТОО|АО|ООО|ПАО|ЗАО|АҚ|ЖШС|ИП|ЖК)\\s*[«"“]',
    '[»"”]\\s*(?:ТОО|АО|ЖШС|АҚ)(?![\\p{L}])',
  ].join('|'),
  'gu',
);
const LEGAL_FORM_WORDS = /limited\s+liability\s+partnership|joint[\s-]+stock\s+company|товариществ\p{L}*\s+с\s+ограниченной\s+ответственностью|акционерн\p{L}*\s+обществ\p{L}*|жауапкершілігі\s+шектеулі\s+серіктест\p{L}*|акционерлік\s+қоғам\p{L}*/giu;
const BIN = /(?<![\p{L}])(?:BIN|IIN|БИН|ИИН|БСН|ЖСН)\s*(?:[:№-]\s*)?\d{3}\s?\d{3}\s?\d{3}\s?\d{3}(?!\d)/gu;

// Month names and update labels are in vocabulary/dates.yaml.
const MONTHS = monthNamePattern();
const DATE = new RegExp(
  `(?<!\\d)(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}\\s+жыл\\p{L}*\\s+\\d{1,2}\\s+(?:${MONTHS}))(?!\\d)`,
  'giu',
);
// Words that make a date the policy's own; the law a policy cites has a date too ("Law of 21 May 2013").
const DATES = lexicon();
const LABEL_REACH = 60;

function matchAll(text: string, pattern: RegExp, kind: FactKind, out: Fact[]): void {
  for (const m of text.matchAll(pattern)) out.push({ kind, start: m.index, end: m.index + m[0].length });
}

function updateDates(text: string, out: Fact[]): void {
  for (const m of text.matchAll(DATE)) {
    const before = text.slice(Math.max(0, m.index - LABEL_REACH), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + LABEL_REACH);
    if (DATES.test('date-update-labels', before) || DATES.test('date-update-labels', after)) out.push({ kind: 'update-date', start: m.index, end: m.index + m[0].length });
  }
}

// Cheap tests that let most blocks skip the costly patterns (these run on every edited block).
const HAS_DIGITS = /\d\d/;
const HAS_LEGAL_FORM = /LLP|LLC|JSC|PLC|Ltd|Limited|Inc|Corp|GmbH|S\.A\.|B\.V\.|ТОО|АО|ООО|ПАО|ЗАО|АҚ|ЖШС|ИП|ЖК/u;
const HAS_LEGAL_FORM_WORDS = /liability|stock|ответственност|акционер|жауапкершілігі/iu;

export function findFacts(text: string): Fact[] {
  const out: Fact[] = [];
  if (text.includes('@')) matchAll(text, EMAIL, 'email', out);
  if (HAS_DIGITS.test(text)) {
    matchAll(text, PHONE, 'phone', out);
    matchAll(text, STREET, 'postal-address', out);
    matchAll(text, POSTCODE, 'postal-address', out);
    matchAll(text, BIN, 'bin', out);
    updateDates(text, out);
  }
  if (HAS_LEGAL_FORM.test(text)) matchAll(text, LEGAL_ENTITY, 'legal-entity', out);
  if (HAS_LEGAL_FORM_WORDS.test(text)) matchAll(text, LEGAL_FORM_WORDS, 'legal-entity', out);
  return out.sort((a, b) => a.start - b.start);
}

/** The facts of one block, cached with its parse. */
export function blockFacts(block: Block): Fact[] {
  let facts = block.core.memo.get('requirements/facts') as Fact[] | undefined;
  if (!facts) {
    facts = block.type === 'code' || block.type === 'html' || block.type === 'frontmatter' ? [] : findFacts(block.text);
    block.core.memo.set('requirements/facts', facts);
  }
  return facts;
}
