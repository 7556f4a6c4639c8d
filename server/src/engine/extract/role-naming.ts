// A role noun named by the sentence that says who plays it: «Оператором персональных данных
// является Гостевой дом «Берег»», «…согласие Оператору — ТОО «Дала»», "by the Operator — Dala Pay
// LLP". Such a sentence tells the reader what the capitalised word stands for as well as
// «(далее — Оператор)» does, so undefined-term does not report the role. The copulas are the family
// definition-copula of vocabulary/terms.yaml; a dash counts too. Only a name may follow: a quote, a
// capitalised word or a legal form (ТОО, LLP), not a description («Оператор — это лицо, …»).
import type { Lexicon } from './vocabulary/lexicon.js';

// A lower-case word between the role and its copula («Оператором персональных данных является»);
// up to three. A conjunction ends the role: «Операторға және үшінші тұлғаларға — …» names others.
const WORD = /^[\s\u00a0]+(\p{Ll}[\p{L}\p{M}-]*)/u;
const MAX_BETWEEN = 3;
const CONJUNCTIONS = new Set(['and', 'or', 'и', 'или', 'а', 'және', 'немесе', 'мен', 'бен', 'пен']);
// A spaced dash, not the hyphen of a compound word.
const DASH = /^[\s\u00a0]*[—–][\s\u00a0]+/u;
const SPACES = /^[\s\u00a0]*/u;
const REACH = 100;

const names = new Map<string, RegExp>();

/** A name at the start of a text: a quote, a capitalised word, or a legal form written as such. */
function nameAtStart(lex: Lexicon): RegExp {
  let re = names.get(lex.id);
  if (!re) {
    re = new RegExp(
      `^(?:the[\\s\\u00a0]+)?(?:[«“"„]|\\p{Lu}\\p{Ll}|(?:${lex.written('contact-legal-form')})(?![\\p{L}]))`,
      'u',
    );
    names.set(lex.id, re);
  }
  return re;
}

/** Whether the role written at [start, end) of the text is followed by the name of who plays it. */
export function namesRole(text: string, start: number, end: number, lex: Lexicon): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return false;
  let rest = text.slice(end, end + REACH);
  for (let words = 0; words <= MAX_BETWEEN; words++) {
    const name = nameAfterLink(rest, lex);
    if (name !== null) return nameAtStart(lex).test(name);
    const word = WORD.exec(rest);
    if (!word || CONJUNCTIONS.has(word[1]!)) return false;
    rest = rest.slice(word[0].length);
  }
  return false;
}

/** The text after a dash or a copula that opens `rest`, or null when neither does. */
function nameAfterLink(rest: string, lex: Lexicon): string | null {
  const dash = DASH.exec(rest);
  if (dash) return rest.slice(dash[0].length);
  const copula = lex.find('definition-copula', rest)[0];
  if (copula && rest.slice(0, copula.start).trim() === '') return rest.slice(copula.end).replace(SPACES, '');
  return null;
}
