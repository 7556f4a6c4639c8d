// How the engine read a retention statement, in the interface language, for the hover:
// "5 years from date of payment; exact; covers: payment card details". The words quoted from the
// document (the event, the end, the data) stay in the document's language.
import type { Lang } from '../../types.js';
import { formatDuration } from '../../language/plural.js';
import type { RetentionStatement } from './index.js';

const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    from: 'from', until: 'until', exact: 'exact', min: 'at least (no upper limit stated)', minWithEnd: 'at least', max: 'at most', covers: 'covers',
    noPeriod: 'no fixed period', criteria: 'criteria', vague: 'no period and no criteria', coversUnknown: 'covers: not said',
  },
  ru: {
    from: 'с', until: 'до', exact: 'точный срок', min: 'не менее (верхний предел не указан)', minWithEnd: 'не менее', max: 'не более', covers: 'относится к',
    noPeriod: 'срок не указан', criteria: 'критерий', vague: 'ни срока, ни критериев', coversUnknown: 'к чему относится: не сказано',
  },
  kk: {
    from: 'басталуы', until: 'дейін', exact: 'нақты мерзім', min: 'кемінде (жоғарғы шегі көрсетілмеген)', minWithEnd: 'кемінде', max: 'көп дегенде', covers: 'қамтиды',
    noPeriod: 'мерзім көрсетілмеген', criteria: 'өлшем', vague: 'мерзім де, өлшем де жоқ', coversUnknown: 'неге қатысты: айтылмаған',
  },
};

export function describeRetention(statement: RetentionStatement, uiLang: Lang): string {
  const w = WORDS[uiLang];
  const parts: string[] = [];
  const d = statement.duration;
  if (d) {
    let head = formatDuration(d.value, d.unit, uiLang, { digits: true, words: false });
    if (statement.from) head += uiLang === 'kk' ? ` (${w.from}: ${statement.from})` : ` ${w.from} ${statement.from}`;
    if (statement.until) head += uiLang === 'kk' ? `, ${statement.until} ${w.until}` : `, ${w.until} ${statement.until}`;
    const bound = statement.bound === 'min' && statement.until ? 'minWithEnd' : (statement.bound ?? 'exact');
    parts.push(head, w[bound]!);
  } else if (statement.until) {
    parts.push(`${w.noPeriod}; ${w.criteria}: ${uiLang === 'kk' ? `${statement.until} ${w.until}` : `${w.until} ${statement.until}`}`);
  } else {
    parts.push(w.vague!);
  }
  parts.push(statement.covers ? `${w.covers}: ${statement.covers}` : w.coversUnknown!);
  return parts.join('; ');
}
