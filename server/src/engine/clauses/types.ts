// The shape of a clause of the clause library: a Markdown file whose front matter says what the
// clause is about (its section kind), which profile items it states, its language, title and a
// one-line description; its body is the clause text, with {{blank}}s for what the lawyer fills in.
import type { Lang, SectionKind } from '../types.js';

export interface Clause {
  /** Stable id shared by the language versions of one clause: "kz.retention", "common.cookies". */
  id: string;
  kind: SectionKind;
  /** Requirements the clause states: "kz:retention". */
  items: string[];
  lang: Lang;
  /** The heading the clause is inserted under. */
  title: string;
  /** One line for the picker: what the clause says, with its source. */
  description: string;
  /** The clause text, Markdown, with {{blank}} markers. */
  body: string;
  /** Where the clause comes from: the product's library, or a firm's own folder. */
  origin: 'library' | 'firm';
}

/** A blank of the library (blanks.yaml): its label in each language, and a realistic value for tests. */
export interface Blank {
  label: Record<Lang, string>;
  sample: Record<Lang, string>;
}

export type BlankFile = Record<string, Blank>;
