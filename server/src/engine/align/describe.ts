// How findings about language versions name what they speak of, in the three interface
// languages: "clause 4.3 («требовать блокирование…»)", «пункту 4.3», «4.3-тармақ»; the Russian
// messages need some names in the dative («соответствующего пункту 4.3»), hence two forms.
import type { Block, Clause, Section } from '../model/document.js';
import type { Localized } from '../types.js';

export const LANGUAGE_NAMES: Record<string, Localized> = {
  en: { en: 'English', ru: 'английской', kk: 'ағылшын' },
  ru: { en: 'Russian', ru: 'русской', kk: 'орыс' },
  kk: { en: 'Kazakh', ru: 'казахской', kk: 'қазақ' },
};

/** The name of a version by its language, as messages put it ("the Russian version"). */
export function languageName(lang: string | null): Localized {
  return LANGUAGE_NAMES[lang ?? ''] ?? { en: lang ?? '?', ru: lang ?? '?', kk: lang ?? '?' };
}

/** The first words of a text, for a quotation in a message. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}

export interface Named {
  /** For English and Kazakh messages, and Russian ones that take the nominative. */
  what: Localized;
  /** The Russian dative for «соответствующего …»; the other languages as `what`. */
  whatDat: Localized;
}

function named(en: string, ruNom: string, ruDat: string, kk: string): Named {
  return { what: { en, ru: ruNom, kk }, whatDat: { en, ru: ruDat, kk } };
}

function clauseText(blocks: readonly Block[], skipNumber: boolean): string {
  const first = blocks[0]!;
  const text = skipNumber && first.number ? first.text.slice(first.number.textEnd) : first.text;
  return quote(blocks.length > 1 && text.trim().length < 20 ? blocks.map((b) => b.text).join(' ') : text);
}

/** A clause, or part of one (`blocks`: the paragraphs that are meant, when not the whole clause). */
export function nameClause(clause: Clause, blocks?: readonly Block[]): Named {
  const label = clause.number?.label;
  const whole = !blocks || blocks.length === clause.blocks.length;
  const q = clauseText(blocks ?? clause.blocks, whole);
  if (clause.tableRow)
    return named(`the table row «${q}»`, `строка таблицы «${q}»`, `строке таблицы «${q}»`, `«${q}» кесте жолы`);
  if (!whole) {
    return label
      ? named(
          `a paragraph of clause ${label} («${q}»)`,
          `абзац пункта ${label} («${q}»)`,
          `абзацу пункта ${label} («${q}»)`,
          `${label}-тармақтың абзацы («${q}»)`,
        )
      : named(`the paragraph «${q}»`, `абзац «${q}»`, `абзацу «${q}»`, `«${q}» абзацы`);
  }
  if (label)
    return named(
      `clause ${label} («${q}»)`,
      `пункт ${label} («${q}»)`,
      `пункту ${label} («${q}»)`,
      `${label}-тармақ («${q}»)`,
    );
  return named(`the paragraph «${q}»`, `абзац «${q}»`, `абзацу «${q}»`, `«${q}» абзацы`);
}

export function nameSection(section: Section): Named {
  const label = section.number?.label;
  const title = quote(
    section.title || (section.blocks.find((b) => b.type === 'paragraph' || b.type === 'tableCell')?.text ?? ''),
  );
  if (!section.heading)
    return named(
      `the text before the first heading («${title}»)`,
      `текст до первого заголовка («${title}»)`,
      `тексту до первого заголовка («${title}»)`,
      `бірінші тақырыпқа дейінгі мәтін («${title}»)`,
    );
  if (label)
    return named(
      `section ${label} «${title}»`,
      `раздел ${label} «${title}»`,
      `разделу ${label} «${title}»`,
      `${label}-бөлім «${title}»`,
    );
  return named(`the section «${title}»`, `раздел «${title}»`, `разделу «${title}»`, `«${title}» бөлімі`);
}

/** How a missing clause was found, when numbering did not say it. */
export const BY_CONTENT: Localized = {
  en: ' (found by comparing content and order, as the clauses here are not numbered)',
  ru: ' (определено по содержанию и порядку абзацев: пункты здесь не пронумерованы)',
  kk: ' (мазмұны мен реті бойынша анықталды: мұндағы тармақтар нөмірленбеген)',
};
export const BY_NUMBER: Localized = { en: '', ru: '', kk: '' };
