// Whether a heading is the title of a privacy policy, in a supported language: "Privacy Policy",
// "Privacy Policy of FFIN Payments LLP", «Политика конфиденциальности ТОО …»,
// «Дербес деректерді өңдеу саясаты»; but not "Privacy Policy Linter" or "Notes on the privacy policy".
// The names are in vocabulary/titles.yaml; where a name stands in a heading is here.
import type { Block } from '../model/document.js';
import { foldForMatch } from '../language/normalize.js';
import { lexicon, type Lexicon } from './vocabulary/lexicon.js';

interface Patterns {
  /**
   * An English name after at most four words (a company's), before the end, a colon, a bracket, a
   * dash, "of" or "for", or "and" / "&" joining a second name ("Privacy Policy & Personal Data
   * Protection"), as a Russian title may go on.
   */
  english: RegExp;
  /** A Russian name at the start of the heading; an opening of one only with more words after it. */
  russian: RegExp;
  /** A Kazakh name anywhere: the company's name comes first. */
  kazakh: RegExp;
  /** "Notes on the", "How to read the": words before the name that make a heading about a policy. */
  aboutAPolicy: RegExp;
  /** An opening sentence that names the document itself: "This Privacy Policy describes", «Настоящая Политика …». */
  opening: RegExp;
  /** A bare word for privacy as the whole heading: «Конфиденциальность», "Privacy". */
  bare: RegExp;
}

const compiled = new Map<string, Patterns>();

function patterns(words: Lexicon): Patterns {
  let p = compiled.get(words.id);
  if (p) return p;
  const name = (lang: 'en' | 'ru' | 'kk') => words.pattern('policy-title', { lang, open: 'both' });
  const this_ = (lang: 'en' | 'ru' | 'kk') => words.pattern('policy-title-this', { lang, open: 'both' });
  p = {
    english: new RegExp(
      `^((?:the\\s+)?(?:[\\w&.’'-]+\\s+){0,4}?)${name('en')}(?:\\s*$|\\s*[:(—–&-]|\\s+(?:of|for|and)\\s)`,
      'u',
    ),
    russian: new RegExp(
      `^${name('ru')}|^${words.pattern('policy-title-opening', { lang: 'ru', open: 'both' })}\\s+`,
      'u',
    ),
    kazakh: new RegExp(`(?:^|\\s)${name('kk')}`, 'u'),
    aboutAPolicy: new RegExp(`^(?:.*\\s)?${words.pattern('policy-title-about', { lang: 'en', open: 'both' })}\\s`, 'u'),
    // English: "this", up to three words ("Privacy and"), the name, then a bracket, a comma or a verb;
    // Russian: «настоящая» and a name or its opening; Kazakh: «осы», a name, then a bracket or a comma.
    opening: new RegExp(
      [
        `^${this_('en')}\\s+(?:[\\w&’'-]+\\s+){0,3}?${name('en')}(?:\\s*[(,]|\\s+${words.pattern('policy-title-verbs', { lang: 'en', open: 'both' })}(?![\\p{L}\\p{N}]))`,
        `^${this_('ru')}\\s+(?:${name('ru')}|${words.pattern('policy-title-opening', { lang: 'ru', open: 'both' })}\\s)`,
        `^${this_('kk')}\\s+(?:\\S+\\s+){0,3}?${name('kk')}\\s*[(,]`,
      ].join('|'),
      'u',
    ),
    bare: new RegExp(`^${words.pattern('policy-title-bare', { open: 'both' })}[.:]?$`, 'u'),
  };
  compiled.set(words.id, p);
  return p;
}

export function isPolicyTitle(text: string, words: Lexicon = lexicon()): boolean {
  const t = foldForMatch(text)
    .replace(/\s+/g, ' ')
    .replace(/^[\d.\s]+/, '')
    .trim();
  if (t.length === 0 || t.length > 200) return false;
  const p = patterns(words);
  const english = p.english.exec(t);
  if (english && !p.aboutAPolicy.test(english[1]!)) return true;
  return p.russian.test(t) || p.kazakh.test(t);
}

/**
 * Whether a paragraph opens by naming the document itself a privacy policy: "This Privacy and
 * Personal Data Processing Policy (hereinafter …)", «Настоящая Политика конфиденциальности
 * определяет …», «Осы Құпиялылық саясаты (бұдан әрі – Саясат) …».
 */
export function opensAsPolicy(text: string, words: Lexicon = lexicon()): boolean {
  const t = foldForMatch(text.slice(0, 300)).replace(/\s+/g, ' ').trim();
  return patterns(words).opening.test(t);
}

/** The blocks read under a bare heading for what the text speaks of: its first paragraphs. */
const BARE_READ = 6;

/**
 * Whether a first heading is a bare word for privacy («Конфиденциальность», «Құпиялылық», "Privacy")
 * over text that speaks of personal data and not of an agreement between parties (a non-disclosure
 * agreement is headed so too; terms of use and cookie notices are not headed so).
 */
function bareTitleOverPersonalData(blocks: readonly Block[], first: number, words: Lexicon): boolean {
  const t = foldForMatch(blocks[first]!.text)
    .replace(/\s+/g, ' ')
    .replace(/^[\d.\s]+/, '')
    .trim();
  if (!patterns(words).bare.test(t)) return false;
  const below = blocks
    .slice(first + 1, first + 1 + BARE_READ)
    .filter((b) => b.type !== 'code' && b.type !== 'html')
    .map((b) => b.text)
    .join('\n');
  return words.test('policy-title-bare-topic', below) && !words.test('policy-title-bare-not', below);
}

/**
 * Whether the top of a draft names it a privacy policy: a title heading (see `policyTitleBlock`),
 * or a first paragraph, before any second heading, that opens by naming the document itself under
 * a heading that does not ("# Personal data protection" over "This Privacy Policy describes …"),
 * or a bare «Конфиденциальность» / "Privacy" over text about personal data.
 */
export function namesAPolicy(blocks: readonly Block[], words: Lexicon = lexicon()): boolean {
  if (policyTitleBlock(blocks, words)) return true;
  const first = blocks.findIndex((b) => b.type === 'heading');
  if (first >= 0 && bareTitleOverPersonalData(blocks, first, words)) return true;
  const paragraph = blocks.slice(0, first + 3).find((b, i) => i > first && b.type === 'paragraph');
  if (!paragraph) return false;
  const between = blocks.slice(first + 1, blocks.indexOf(paragraph));
  return between.every((b) => b.type !== 'heading') && opensAsPolicy(paragraph.text, words);
}

/**
 * The heading that names a policy at the top of a draft: the first heading, or the one right after
 * it when the first names the site or the company ("# Sithub Platform" over "## Privacy Policy").
 * Only a heading that follows the first with nothing between counts, so that a README's section
 * "Privacy policy" after its introduction does not make it a policy.
 */
export function policyTitleBlock(blocks: readonly Block[], words: Lexicon = lexicon()): Block | null {
  const first = blocks.findIndex((b) => b.type === 'heading');
  if (first < 0) return null;
  if (isPolicyTitle(blocks[first]!.text, words)) return blocks[first]!;
  const next = blocks[first + 1];
  return next?.type === 'heading' && isPolicyTitle(next.text, words) ? next : null;
}
