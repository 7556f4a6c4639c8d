// Where a clause goes in a policy and the text that puts it there: a heading at the level of its
// neighbours, continuing their numbering, where the profile's usual order puts the clause's kind,
// followed by the clause, as plain text and as a snippet.
//
// The placement itself is asked of a `SectionPlacer`, a small interface of this module: today it
// is the placement of missing-section's suggestion (extract/requirements/placement.ts); a shared
// section-insertion module can take its place by implementing the same function.
import { placeItem } from '../extract/requirements/placement.js';
import { policyParts, type PolicyPart } from '../extract/requirements/parts.js';
import type { KindVocabulary } from '../extract/kinds.js';
import type { CompiledProfile, ProfileItem } from '../profiles/index.js';
import type { PolicyDocument } from '../model/document.js';
import type { Lang, SectionKind, Span } from '../types.js';
import { BLANKS, ClauseLibrary } from './index.js';
import { plainBody, snippetBody } from './render.js';
import type { Clause } from './types.js';

/** Where a new section of `kind` titled `title` goes in `part`, and the heading line it gets ("## 8. Title"). */
export interface SectionPlace {
  offset: number;
  /** The inserted text before the clause body: blank lines as needed, the heading line and a blank line. */
  before: string;
  /** The inserted text after the clause body. */
  after: string;
  headingLine: string;
  /** The section the new one goes after (or before), if any. */
  anchor: Span | null;
}

export type SectionPlacer = (
  doc: PolicyDocument,
  part: PolicyPart,
  profile: CompiledProfile,
  kind: SectionKind,
  title: string,
  vocabulary: KindVocabulary,
) => SectionPlace | null;

const MARK = '\u0000clause\u0000';

/** The placement of missing-section's suggestion, asked for a section with a marker for its body. */
export const placeByProfileOrder: SectionPlacer = (doc, part, profile, kind, title, vocabulary) => {
  const lang: Lang = part.lang ?? doc.language ?? 'en';
  const text = { en: title, ru: title, kk: title, [lang]: title };
  const item: ProfileItem = {
    id: '\u0000insert',
    name: text,
    label: text,
    basis: '',
    severity: 'info',
    position: kind,
    heading: text,
    placeholder: { en: MARK, ru: MARK, kk: MARK },
    clause: '',
  };
  const placement = placeItem(doc, part, profile, item, vocabulary, new ClauseLibrary([], []));
  const edit = placement.edits[0];
  if (!edit || !placement.headingLine) return null;
  const at = edit.text.indexOf(MARK);
  if (at === -1) return null;
  return {
    offset: edit.start,
    before: edit.text.slice(0, at),
    after: edit.text.slice(at + MARK.length),
    headingLine: placement.headingLine,
    anchor: placement.anchor,
  };
};

export interface ClauseInsertion {
  offset: number;
  /** The whole insertion as plain text (blanks as [labels]). */
  text: string;
  /** The same as a VS Code snippet (blanks as tab stops). */
  snippet: string;
  headingLine: string;
  lang: Lang;
}

/** The part of `doc` that holds the version in `lang` (a file may hold several versions). */
export function partFor(doc: PolicyDocument, index = 0): PolicyPart | null {
  const { parts } = policyParts(doc);
  return parts[index] ?? parts[0] ?? null;
}

const escapeSnippet = (text: string): string => text.replace(/[\\$}]/g, (c) => `\\${c}`);

export function planInsertion(
  doc: PolicyDocument,
  part: PolicyPart,
  profile: CompiledProfile,
  clause: Clause,
  vocabulary: KindVocabulary,
  place: SectionPlacer = placeByProfileOrder,
): ClauseInsertion | null {
  const spot = place(doc, part, profile, clause.kind, clause.title, vocabulary);
  if (!spot) return null;
  return {
    offset: spot.offset,
    text: `${spot.before}${plainBody(clause, BLANKS)}${spot.after}`,
    snippet: `${escapeSnippet(spot.before)}${snippetBody(clause, BLANKS)}$0${escapeSnippet(spot.after)}`,
    headingLine: spot.headingLine,
    lang: clause.lang,
  };
}
