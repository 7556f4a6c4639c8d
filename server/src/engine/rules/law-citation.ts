// law-citation: a cited law whose date, title or number does not match the official one in the
// catalogue (extract/laws/law-catalogue.yaml: Law 94-V and the other Kazakh laws policies cite,
// 152-FZ and 149-FZ). The fix writes the official form in the language the citation is written in.
// Also a transfer resting on an instrument a court invalidated (the EU-US Privacy Shield, Safe Harbor).
// Legal source: a policy must name the law it rests on (Law 94-V Art. 8; 152-FZ Art. 18.1); a
// wrong date or title names no law, or another one.
// Precision: only what stands right beside the law is read; a field the catalogue marks unsure is
// never reported; English titles (unofficial translations) are not checked; a code's title is not
// checked (it is cited by name in many forms). No options.
import { defineRule } from './framework.js';
import { citedLaws, foldTitle, lawByTitle, LAWS, type CitedLaw } from '../extract/laws/citations.js';
import type { LawEntry } from '../extract/laws/types.js';
import { formatDate } from '../extract/anchors/dates.js';
import { lexicon } from '../extract/vocabulary/lexicon.js';
import type { Block } from '../model/document.js';
import type { Lang } from '../types.js';
import { invalidInstruments } from '../extract/laws/invalid-instruments.js';
import { unreadLanguage } from '../language/codes.js';

const sure = (law: LawEntry, field: string): boolean => !law.unsure.includes(field);

/** Whether a quoted text reads as the title of a law: «О …», «Об …», «… туралы». */
function looksLikeTitle(text: string, lang: Lang): boolean {
  const folded = foldTitle(text);
  if (lang === 'ru') return /^(?:о|об|обо)\s/.test(folded);
  if (lang === 'kk') return /\sтуралы$/.test(folded);
  return false;
}

/** The number as the official text in this language writes it: «152-ФЗ» in Russian, "152-FZ" otherwise. */
function officialNumber(law: LawEntry, lang: Lang): string {
  const n = law.numbers[0]!;
  return law.jurisdiction === 'ru' && lang === 'ru' ? n.replace(/FZ$/, 'ФЗ') : n;
}

function officialTitle(law: LawEntry, lang: Lang): string | undefined {
  const title = law.title[lang];
  return title && sure(law, `title.${lang}`) ? title : undefined;
}

export default defineRule({
  id: 'law-citation',
  meta: {
    docs: {
      description: {
        en: 'A cited law whose number, date or title does not match the official one.',
        ru: 'Закон, указанный с неверным номером, датой или названием.',
        kk: 'Нөмірі, күні немесе атауы ресми деректерге сәйкес келмейтін заңға сілтеме.',
      },
      legal: ['Law 94-V, Art. 8', '152-FZ, Art. 18.1'],
    },
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    messages: ['date', 'title', 'foreign-title', 'number', 'number-title', 'fix', 'privacy-shield', 'safe-harbor'],
    scope: 'document',
    // The invalidated instruments are named in English in any version; the rest is read only in en/ru/kk.
    readsWords: false,
    reach: 'block',
    // broken-reference also notices a withdrawn instrument; this rule names the judgment and today's
    // mechanisms, so the reader gets one finding for one sentence.
    supersedes: ['broken-reference'],
  },
  prepareBlock(block, context) {
    invalidInstruments([block], lexicon(context.config.vocabulary));
    if (unreadLanguage(context.doc) === null) citedLaws(block);
  },
  check(context) {
    const vocabulary = lexicon(context.config.vocabulary);
    for (const i of invalidInstruments(context.blocks, vocabulary)) {
      context.report({
        messageId: i.instrument,
        data: { text: i.block.text.slice(i.start, i.end) },
        span: i.block.sourceSpan(i.start, i.end),
      });
    }
    if (unreadLanguage(context.doc) !== null) return;
    for (const block of context.blocks) {
      for (const cited of citedLaws(block)) check(block, cited);
    }

    function report(
      block: Block,
      messageId: string,
      law: LawEntry,
      at: { start: number; end: number },
      found: string,
      official?: string,
    ) {
      const span = block.sourceSpan(at.start, at.end);
      const data = { found, official: official ?? '', law: `${law.numbers[0]} (${law.date})`, source: law.source };
      const fix =
        official !== undefined
          ? {
              title: { id: 'law-citation/fix', data: { found, official } },
              edits: [{ ...span, text: official, expect: found }],
            }
          : undefined;
      context.report({ messageId, data, span, ...(fix ? { fix } : {}) });
    }

    /** The country the words before a title name («Закон Республики Казахстан «…»»), if any. */
    function countryBefore(block: Block, at: number): string | null {
      const before = block.text.slice(Math.max(0, at - 80), at);
      if (vocabulary.test('kz-country', before)) return 'kz';
      if (vocabulary.test('ru-country', before)) return 'ru';
      return null;
    }

    function check(block: Block, cited: CitedLaw) {
      const law = cited.law;
      const title = cited.title;
      // A known wrong title is one law's only («Жеке деректер және оларды қорғау туралы»), wherever the country stands.
      if (cited.misnamed && title && title.lang !== 'en') {
        const official = officialTitle(law, title.lang);
        if (official) report(block, 'title', law, title, title.text, official);
        return;
      }
      if (cited.by === 'title') {
        // Many countries have a law «О персональных данных»: a title alone says which only with the country named.
        const country = countryBefore(block, cited.start);
        if (country !== law.jurisdiction) {
          const home = country ? LAWS.find((l) => l.jurisdiction === country && l.topic === law.topic) : undefined;
          const official = home && title && title.lang !== 'en' ? officialTitle(home, title.lang) : undefined;
          if (home && official && law.kind === 'law')
            report(block, 'foreign-title', home, title!, title!.text, official);
          return;
        }
      }
      if (cited.date && cited.date.iso !== law.date && sure(law, 'date')) {
        const [y, m, d] = law.date.split('-').map(Number) as [number, number, number];
        const found = block.text.slice(cited.date.start, cited.date.end);
        report(block, 'date', law, cited.date, found, formatDate({ year: y, month: m, day: d }, cited.date.style));
      }
      if (cited.otherNumber) {
        const lang = title?.lang ?? 'ru';
        report(block, 'number', law, cited.otherNumber, cited.otherNumber.text, officialNumber(law, lang));
      }
      if (cited.by === 'title' || !title || title.lang === 'en' || law.kind === 'code') return;
      const named = lawByTitle(title.text);
      if (named === law) return;
      if (named && named.topic !== law.topic) {
        report(block, 'number-title', law, title, title.text);
        return;
      }
      if (!named && !looksLikeTitle(title.text, title.lang)) return;
      const official = officialTitle(law, title.lang);
      if (official && foldTitle(official) !== foldTitle(title.text))
        report(block, 'title', law, title, title.text, official);
    }
  },
});
