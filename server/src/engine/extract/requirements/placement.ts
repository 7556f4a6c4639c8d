// Where a missing item belongs, and the text that supplies it: the item's clause from the clause
// library (a firm's own first), with its blanks in square brackets, in the part's language (the
// profile's template paragraph when no clause states the item), placed where the profile's usual order puts the item (after
// the last section that usually comes before it), at the level of the neighbouring sections and
// continuing their numbering ("## 7. …" is followed by "## 8. …"; nothing else is renumbered).
import type { PolicyDocument, Section } from '../../model/document.js';
import { headingMatches, type KindVocabulary } from '../kinds.js';
import { isPolicyTitle } from '../policy-title.js';
import type { CompiledProfile, ProfileItem } from '../../profiles/index.js';
import type { Lang, SectionKind, Span, TextEdit } from '../../types.js';
import type { PolicyPart } from './parts.js';
import { BLANKS, DEFAULT_LIBRARY, plainBody, type ClauseLibrary } from '../../clauses/index.js';

export interface Placement {
  /** The section the new one goes after (or before, when `before`), for "go to where it belongs". */
  anchor: Span | null;
  before: boolean;
  /** Where the new section is inserted. */
  offset: number;
  /** The inserted heading line, as it will read ("## 8. Withdrawal of consent"). */
  headingLine: string | null;
  /** The insertion, when the item has a heading to insert (duties have none). */
  edits: TextEdit[];
  lang: Lang;
}

function sectionsIn(doc: PolicyDocument, part: PolicyPart): Section[] {
  return doc.sections.filter((s) => s.heading && s.heading.index >= part.firstBlock && s.heading.index < part.endBlock);
}

/** The policy's title in this part: a first heading that names the policy or stands above the rest. */
export function partTitle(doc: PolicyDocument, part: PolicyPart): Section | null {
  const sections = sectionsIn(doc, part);
  const first = sections[0];
  if (!first) return null;
  const others = sections.slice(1);
  if (isPolicyTitle(first.heading!.text) || (first.level === 1 && others.length > 0 && others.every((s) => s.level > 1))) return first;
  return null;
}

/** The sections one level below the title: the ones a new item stands beside. */
function siblings(doc: PolicyDocument, part: PolicyPart, title: Section | null): Section[] {
  const rest = sectionsIn(doc, part).filter((s) => s !== title);
  if (title && title.children.length > 0) return title.children.filter((s) => rest.includes(s));
  if (rest.length === 0) return [];
  const level = Math.min(...rest.map((s) => s.level));
  return rest.filter((s) => s.level === level);
}

function orderOf(section: Section, profile: CompiledProfile, vocabulary: KindVocabulary): number | undefined {
  if (!section.heading) return undefined;
  const kinds = headingMatches(section.heading, section.title, vocabulary).map((m) => m.phrase.tag);
  const positions = kinds.map((k) => profile.order.get(k)).filter((n): n is number => n !== undefined);
  return positions.length > 0 ? Math.min(...positions) : undefined;
}

/** "7." → "8.", "4.1" → "4.2", "7)" → "8)"; null for Roman or missing numbers. */
function nextNumber(section: Section | undefined, same = false): string | null {
  if (!section?.number || !section.heading) return null;
  const raw = section.heading.text.slice(0, section.number.textEnd).trim();
  if (!/^\d/.test(raw)) return null;
  const parts = [...section.number.parts];
  if (!same) parts[parts.length - 1]! += 1;
  return raw.replace(/^\d+(?:\.\d+)*/, parts.join('.'));
}

function insertionText(text: string, offset: number, body: string): string {
  let prefix = '';
  if (offset >= text.length) prefix = text.endsWith('\n\n') || text.length === 0 ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  else if (offset > 0 && text[offset - 2] !== '\n') prefix = '\n';
  return `${prefix}${body}\n\n`;
}

export function placeItem(doc: PolicyDocument, part: PolicyPart, profile: CompiledProfile, item: ProfileItem, vocabulary: KindVocabulary, library: ClauseLibrary = DEFAULT_LIBRARY): Placement {
  const lang: Lang = part.lang ?? doc.language ?? 'en';
  const title = partTitle(doc, part);
  const beside = siblings(doc, part, title);
  const target = profile.order.get(item.position as SectionKind) ?? profile.order.size;
  const end = (s: Section): number => Math.min(s.span.end, part.span.end);

  let after: Section | undefined;
  let afterOrder = -1;
  let before: Section | undefined;
  for (const s of beside) {
    const order = orderOf(s, profile, vocabulary);
    if (order === undefined) continue;
    if (order <= target && order >= afterOrder) {
      after = s;
      afterOrder = order;
    } else if (order > target && !before) {
      before = s;
    }
  }
  let offset: number;
  let anchor: Section | undefined;
  if (after) {
    offset = end(after);
    anchor = after;
  } else if (before) {
    offset = before.heading!.start;
    anchor = before;
  } else if (beside.length > 0) {
    anchor = beside[beside.length - 1]!;
    offset = end(anchor);
  } else {
    offset = title ? end(title) : part.span.end;
  }

  const model = anchor ?? beside[0];
  const previous = [...beside].reverse().find((s) => s.heading!.start < offset);
  const following = beside.find((s) => s.heading!.start >= offset);
  const number = nextNumber(previous) ?? (previous ? null : nextNumber(following, true));
  let headingLine: string | null = null;
  const edits: TextEdit[] = [];
  const clause = item.heading ? library.forRequirement(`${profile.id}:${item.id}`, lang) : undefined;
  const clauseTitle = clause?.title ?? item.heading?.[lang];
  const text = clause ? plainBody(clause, BLANKS) : item.placeholder?.[lang];
  if (clauseTitle && text) {
    const words = `${number ? `${number} ` : ''}${clauseTitle}`;
    const level = model?.level ?? (title ? Math.min(6, title.level + 1) : 2);
    headingLine = model?.implicit ? `**${words}**` : `${'#'.repeat(level)} ${words}`;
    edits.push({ start: offset, end: offset, text: insertionText(doc.text, offset, `${headingLine}\n\n${text}`) });
  }
  return {
    anchor: anchor?.heading ? { start: anchor.heading.start, end: anchor.heading.end } : null,
    before: anchor !== undefined && anchor === before && !after,
    offset, headingLine, edits, lang,
  };
}
