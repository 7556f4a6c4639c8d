// How the engine read a retention statement, in the interface language, for the hover:
// "5 years from date of payment; exact; covers: payment card details". The words quoted from the
// document (the event, the end, the data) stay in the document's language.
import type { Lang } from '../../types.js';
import { formatDuration } from '../../language/plural.js';
import type { RetentionStatement } from './index.js';
import type { Criterion } from './vocabulary.js';

// Criteria whose words are the event itself ("consent is withdrawn"): shown after "until".
const UNTIL_KINDS: ReadonlySet<Criterion> = new Set(['consent', 'purposes', 'event']);

const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    from: 'from',
    until: 'until',
    exact: 'exact',
    min: 'at least (no upper limit stated)',
    minWithEnd: 'at least',
    max: 'at most',
    covers: 'covers',
    noPeriod: 'no fixed period',
    criteria: 'criteria',
    vague: 'no period and no criteria',
    indefinite: 'no end: kept without a time limit',
    coversUnknown: 'covers: not said',
  },
  ru: {
    from: 'с',
    until: 'до',
    exact: 'точный срок',
    min: 'не менее (верхний предел не указан)',
    minWithEnd: 'не менее',
    max: 'не более',
    covers: 'относится к',
    noPeriod: 'срок не указан',
    criteria: 'критерий',
    vague: 'ни срока, ни критериев',
    indefinite: 'без окончания: хранение без ограничения срока',
    coversUnknown: 'к чему относится: не сказано',
  },
  kk: {
    from: 'басталуы',
    until: 'дейін',
    exact: 'нақты мерзім',
    min: 'кемінде (жоғарғы шегі көрсетілмеген)',
    minWithEnd: 'кемінде',
    max: 'көп дегенде',
    covers: 'қамтиды',
    noPeriod: 'мерзім көрсетілмеген',
    criteria: 'өлшем',
    vague: 'мерзім де, өлшем де жоқ',
    indefinite: 'соңы жоқ: мерзімсіз сақтау',
    coversUnknown: 'неге қатысты: айтылмаған',
  },
};

export function describeRetention(statement: RetentionStatement, uiLang: Lang): string {
  const w = WORDS[uiLang];
  // Words quoted from a document in another language are set off in guillemets.
  const q = (text: string): string => (statement.lang && statement.lang !== uiLang ? `«${text}»` : text);
  const from = statement.from && q(statement.from);
  // "until consent is withdrawn" reads as an end; "while the service runs", «по срокам хранения Vercel» say their own.
  const until =
    statement.until &&
    (UNTIL_KINDS.has(statement.criterion ?? 'event')
      ? uiLang === 'kk'
        ? `${q(statement.until)} ${w.until}`
        : `${w.until} ${q(statement.until)}`
      : q(statement.until));
  const covers = statement.covers && q(statement.covers);
  const parts: string[] = [];
  const d = statement.duration;
  if (d) {
    let head = formatDuration(d.value, d.unit, uiLang, { digits: true, words: false });
    if (from) head += uiLang === 'kk' ? ` (${w.from}: ${from})` : ` ${w.from} ${from}`;
    if (until) head += `, ${until}`;
    const bound = statement.bound === 'min' && statement.until ? 'minWithEnd' : (statement.bound ?? 'exact');
    parts.push(head, w[bound]!);
  } else if (until) {
    parts.push(`${w.noPeriod}; ${w.criteria}: ${until}`);
  } else {
    parts.push(statement.vague === 'indefinite' ? w.indefinite! : w.vague!);
  }
  parts.push(covers ? `${w.covers}: ${covers}` : w.coversUnknown!);
  return parts.join('; ');
}
