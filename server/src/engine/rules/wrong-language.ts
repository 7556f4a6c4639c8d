// wrong-language: text in a version written in another language.
// What it checks: every heading, paragraph and table cell of each language version (a file, or a
// `<!-- lang: xx -->` part of one) against the version's language: a whole block in another
// language (an English paragraph left in the Russian version), a sentence, or a run of words
// (Russian words in a Kazakh heading). Quoted titles, text in brackets, e-mails, URLs,
// abbreviations and names are shared by every version and never count; text marked
// `<!-- pplint: translate -->` is known to wait for translation and is left alone. Three or more
// whole paragraphs in a row in another language are one finding: most likely a language version
// of its own that lacks its `<!-- lang: xx -->` marker.
// Legal source: the language versions are one policy (Law of the RK "On Languages", Art. 21;
// Consumer Protection Law of the RK, Art. 24): each must be readable in its own language.
// Options: none.
import { defineRule } from './framework.js';
import { findForeignText, maskShared, type ForeignText } from '../language/foreign.js';
import { markedForTranslation } from '../align/insert.js';
import type { Block } from '../model/document.js';
import { firstLine } from '../align/spans.js';
import type { Lang, Localized } from '../types.js';
import type { PolicyDocument } from '../model/document.js';
import { otherLanguageName, unreadLanguage } from '../language/codes.js';
import { detectLanguage, scanWords } from '../language/detect.js';
import { hasEnglishFunctionWord, latinLanguage } from '../language/latin.js';
import { memoKindOf, recall, remember } from '../parse/memo.js';
import { stepEnds } from '../extract/steps.js';

// Language names as the messages need them: "in English", «на английском», «ағылшын тілінде».
const IN_LANGUAGE: Record<Lang, Localized> = {
  en: { en: 'English', ru: 'английском', kk: 'ағылшын' },
  ru: { en: 'Russian', ru: 'русском', kk: 'орыс' },
  kk: { en: 'Kazakh', ru: 'казахском', kk: 'қазақ' },
};
const UNITS: Record<'heading' | 'paragraph' | 'tableCell', Localized> = {
  heading: { en: 'heading', ru: 'заголовок', kk: 'тақырып' },
  paragraph: { en: 'paragraph', ru: 'абзац', kk: 'абзац' },
  tableCell: { en: 'table cell', ru: 'ячейка таблицы', kk: 'кесте ұяшығы' },
};
const PROSE = new Set(['heading', 'paragraph', 'tableCell']);
// So many paragraphs in a row in another language are a version of their own, not a slip.
const PART = 3;

/** What is foreign in a block (cached with the block for each expected language). */
function foreignIn(block: Block, expected: Lang): ForeignText[] {
  const kind = memoKindOf('wrong-language', expected);
  return (
    recall<ForeignText[]>(block.core, kind) ??
    remember(
      block.core,
      kind,
      findForeignText(block.text, expected, block.type === 'heading', block.number?.textEnd ?? 0),
    )
  );
}

// A paragraph this long in a language pplint reads is no name or quotation.
const UNREAD_MIN_WORDS = 8;

/** Whether a document has more Latin letters than Cyrillic ones (then a Cyrillic paragraph in it is foreign whatever its language). */
function latinScript(doc: PolicyDocument): boolean {
  const key = 'wrong-language/latin-script';
  let latin = doc.facts.get(key) as boolean | undefined;
  if (latin === undefined) {
    let l = 0;
    let c = 0;
    for (const block of doc.blocks) {
      if (!PROSE.has(block.type)) continue;
      l += block.text.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0;
      c += block.text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
    }
    latin = l > c;
    doc.facts.set(key, latin);
  }
  return latin;
}

/**
 * A whole block, in a version in a language pplint does not read (German, French), that is
 * plainly in one it reads: English by its function words, or Cyrillic text in a Latin-script
 * version. Nothing else is judged there: the words of German or French are not ours to read.
 */
function readLanguageIn(block: Block, doc: PolicyDocument): Lang | null {
  const guess = detectLanguage(block.text);
  if (guess.lang === null || guess.words < UNREAD_MIN_WORDS) return null;
  if (guess.lang === 'en')
    return latinLanguage(
      scanWords(block.text)
        .filter((w) => w.script === 'latin')
        .map((w) => w.word),
    ) === 'en'
      ? 'en'
      : null;
  return latinScript(doc) ? guess.lang : null;
}

// A line in a Latin-script language pplint does not read (an Uzbek line left in an English list):
// enough words, and at least this many lower-case ones, that tell that language and no English.
const UNREAD_LINE_WORDS = 4;
const UNREAD_LINE_LOWER = 3;

/** The lines of an English block written in a Latin-script language pplint does not read (names and quotes aside). */
function unreadLines(block: Block): Array<{ start: number; end: number; code: string }> {
  const text = maskShared(block.text);
  const out: Array<{ start: number; end: number; code: string }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const words = scanWords(line).filter((w) => w.script === 'latin' && !w.neutral);
    const lower = words.filter((w) => /\p{Ll}/u.test(line[w.index]!)).map((w) => w.word);
    // "in France, the Commission nationale de l'informatique…": English around a foreign name.
    if (words.length >= UNREAD_LINE_WORDS && lower.length >= UNREAD_LINE_LOWER && !hasEnglishFunctionWord(lower)) {
      const code = latinLanguage(lower);
      if (code !== null && code !== 'en' && latinLanguage(words.map((w) => w.word)) === code) {
        const lead = line.length - line.trimStart().length;
        out.push({ start: start + lead, end: start + line.trimEnd().length, code });
      }
    }
    start += line.length + 1;
  }
  return out;
}

export default defineRule<Record<string, unknown>>({
  id: 'wrong-language',
  meta: {
    docs: {
      description: {
        en: 'Text in a language version written in another language: a paragraph, a sentence or words.',
        ru: 'Текст языковой версии, написанный на другом языке: абзац, предложение или слова.',
        kk: 'Тілдік нұсқадағы басқа тілде жазылған мәтін: абзац, сөйлем немесе сөздер.',
      },
      legal: ['Law of the RK "On Languages", Art. 21', 'Consumer Protection Law of the RK, Art. 24'],
    },
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: ['block', 'sentence', 'words', 'part', 'block-unread', 'line-unread'],
    scope: 'document',
  },
  *check(context) {
    const { doc } = context;
    const marked = markedForTranslation(doc);
    const unread = unreadLanguage(doc);
    if (unread !== null) {
      if (doc.versions.length > 1) return;
      const name = otherLanguageName(unread);
      for (const block of doc.blocks) {
        if (stepEnds(block.index)) yield;
        if (block.type !== 'paragraph' || block.core.quoted || marked.has(block)) continue;
        const found = readLanguageIn(block, doc);
        if (found)
          context.report({
            messageId: 'block-unread',
            data: { found: IN_LANGUAGE[found], name, code: unread, unit: UNITS.paragraph },
            span: firstLine(block),
          });
      }
      return;
    }
    for (const version of doc.versions) {
      const expected = version.lang;
      if (!expected) continue;
      // Whole paragraphs in another language, in a row: one finding for the stretch.
      let stretch: Array<{ block: Block; found: ForeignText }> = [];
      const flush = (): void => {
        if (stretch.length >= PART) {
          const { block, found } = stretch[0]!;
          context.report({
            messageId: 'part',
            data: {
              found: IN_LANGUAGE[found.found],
              expected: IN_LANGUAGE[expected],
              count: stretch.length,
              code: found.found,
            },
            span: firstLine(block),
          });
        } else {
          for (const { block, found } of stretch)
            context.report({
              messageId: 'block',
              data: {
                found: IN_LANGUAGE[found.found],
                expected: IN_LANGUAGE[expected],
                unit: UNITS[block.type as keyof typeof UNITS],
              },
              span: block.sourceSpan(found.start, found.end),
            });
        }
        stretch = [];
      };
      for (let i = version.firstBlock; i < version.endBlock; i++) {
        if (stepEnds(i)) yield;
        const block = doc.blocks[i]!;
        if (!PROSE.has(block.type) || block.core.quoted || marked.has(block)) continue;
        const all = foreignIn(block, expected);
        const whole = all.length === 1 && all[0]!.scope === 'block' ? all[0]! : null;
        if (whole && (stretch.length === 0 || stretch[0]!.found.found === whole.found)) {
          stretch.push({ block, found: whole });
          continue;
        }
        flush();
        if (whole) {
          stretch.push({ block, found: whole });
          continue;
        }
        if (expected === 'en' && all.length === 0)
          for (const line of unreadLines(block))
            context.report({
              messageId: 'line-unread',
              data: { name: otherLanguageName(line.code), code: line.code, expected: IN_LANGUAGE[expected] },
              span: block.sourceSpan(line.start, line.end),
            });
        for (const found of all) {
          const span = block.sourceSpan(found.start, found.end);
          const data = { found: IN_LANGUAGE[found.found], expected: IN_LANGUAGE[expected] };
          if (found.scope === 'sentence') context.report({ messageId: 'sentence', data, span });
          else
            context.report({
              messageId: 'words',
              data: { ...data, text: block.text.slice(found.start, found.end) },
              span,
            });
        }
      }
      flush();
    }
  },
});
