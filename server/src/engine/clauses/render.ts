// A clause's text in the three forms it is inserted in: as a VS Code snippet (each blank a tab
// stop, the same blank one mirrored tab stop), as plain text (each blank its label in square
// brackets, which the placeholder rule then reports until it is filled), and filled with sample
// values (for the tests that insert every clause into a policy).
//
// A clause body is snippet syntax in which {{name}} stands for a blank of blanks.yaml; a firm's
// clause may also use VS Code tab stops (${1:…}) directly.
import type { Lang } from '../types.js';
import type { Blank, Clause } from './types.js';

const BLANK = /\{\{([a-z][a-z0-9-]*)\}\}/g;
// A tab stop with a plain default (${1:text}) or without one ($1, ${1}).
const TAB_STOP = /\$\{(\d+):((?:\\.|[^{}$\\])*)\}|\$\{(\d+)\}|\$(\d+)/g;

export type BlankTable = Readonly<Record<string, Blank>>;

/** The blank names a body uses, in order of first use. */
export function blanksOf(body: string): string[] {
  const names: string[] = [];
  for (const m of body.matchAll(BLANK)) if (!names.includes(m[1]!)) names.push(m[1]!);
  return names;
}

function labelOf(name: string, lang: Lang, blanks: BlankTable): string {
  return blanks[name]?.label[lang] ?? name.replace(/-/g, ' ');
}

/** Text that VS Code inserts literally inside a placeholder's default. */
function escapePlaceholder(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The clause body as a snippet: blanks become tab stops numbered after any the body already has. */
export function snippetBody(clause: Pick<Clause, 'body' | 'lang'>, blanks: BlankTable): string {
  let highest = 0;
  for (const m of clause.body.matchAll(TAB_STOP)) highest = Math.max(highest, Number(m[1] ?? m[3] ?? m[4]));
  const numbers = new Map<string, number>();
  return clause.body.replace(BLANK, (_, name: string) => {
    if (!numbers.has(name)) numbers.set(name, highest + numbers.size + 1);
    return `\${${numbers.get(name)}:${escapePlaceholder(`[${labelOf(name, clause.lang, blanks)}]`)}}`;
  });
}

/** Snippet syntax read as the text it inserts when every tab stop keeps its default. */
export function snippetToText(snippet: string): string {
  return snippet
    .replace(TAB_STOP, (_, _n: string, text: string | undefined) => (text ?? '').replace(/\\([\\$}])/g, '$1'))
    .replace(/\\([\\$}])/g, '$1');
}

/** The clause as plain text: each blank its label in square brackets. */
export function plainBody(clause: Pick<Clause, 'body' | 'lang'>, blanks: BlankTable): string {
  return snippetToText(snippetBody(clause, blanks));
}

/** The clause filled with the blanks' sample values (tests only: a real clause is filled by the lawyer). */
export function sampleBody(clause: Pick<Clause, 'body' | 'lang'>, blanks: BlankTable): string {
  return snippetToText(
    clause.body.replace(BLANK, (_, name: string) => escapePlaceholder(blanks[name]?.sample[clause.lang] ?? name)),
  );
}
