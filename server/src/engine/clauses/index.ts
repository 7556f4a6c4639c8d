// The clause library: the product's clauses (compiled from library/ into generated/clauses.ts)
// and, ahead of them, a firm's own clauses read by the caller. Lookups by requirement, by kind
// and by id, in one language.
import { BLANKS, CLAUSES } from '../generated/clauses.js';
import type { Lang, SectionKind } from '../types.js';
import type { Clause } from './types.js';

export type { Clause, Blank, BlankFile } from './types.js';
export { readClause, type ClauseProblem, type ClauseReading } from './parse.js';
export { snippetBody, plainBody, sampleBody, snippetToText, blanksOf, type BlankTable } from './render.js';
export { snippetPrefix } from './prefix.js';
export { BLANKS };

export const LIBRARY: readonly Clause[] = CLAUSES;

export class ClauseLibrary {
  /** Firm clauses first: a firm's approved wording wins over ours. */
  readonly clauses: readonly Clause[];

  constructor(firm: readonly Clause[] = [], library: readonly Clause[] = LIBRARY) {
    this.clauses = [...firm.map((c) => ({ ...c, origin: 'firm' as const })), ...library];
  }

  /** The clauses in one language, firm clauses first. */
  inLanguage(lang: Lang): Clause[] {
    return this.clauses.filter((c) => c.lang === lang);
  }

  /** The clause that states `requirement` ("kz:retention") in `lang`: a firm's, else ours. */
  forRequirement(requirement: string, lang: Lang): Clause | undefined {
    return this.clauses.find((c) => c.lang === lang && c.items.includes(requirement));
  }

  /** The clause with this id in `lang` (the same clause in another language version). */
  byId(id: string, lang: Lang): Clause | undefined {
    return this.clauses.find((c) => c.lang === lang && c.id === id);
  }

  ofKind(kind: SectionKind, lang: Lang): Clause[] {
    return this.clauses.filter((c) => c.lang === lang && c.kind === kind);
  }
}

export const DEFAULT_LIBRARY = new ClauseLibrary();

const withFirm = new WeakMap<readonly Clause[], ClauseLibrary>();

/** The library a configuration sees: the firm's clauses (if it has any) ahead of ours. */
export function libraryFor(config: { firmClauses?: readonly Clause[] }): ClauseLibrary {
  const firm = config.firmClauses;
  if (!firm || firm.length === 0) return DEFAULT_LIBRARY;
  let library = withFirm.get(firm);
  if (!library) withFirm.set(firm, (library = new ClauseLibrary(firm)));
  return library;
}
