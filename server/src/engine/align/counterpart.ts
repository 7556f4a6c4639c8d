// The counterpart of a clause, or of a place in the text, in the other language versions: for
// rules that compare versions (retention periods), and for "Go to counterpart" in the editor.
import type { Block, Clause, PolicyDocument, Section } from '../model/document.js';
import type { VersionGroup } from '../model/version-group.js';
import type { Span } from '../types.js';
import { memberAt, type VersionMember } from './group.js';
import { alignVersions } from './alignment.js';
import type { Alignment } from './types.js';
import { partitionPoint } from '../model/search.js';

/** Resolves the member a document stands for (the given document, in case the group holds an older one). */
function own(group: VersionGroup, doc: PolicyDocument, offset: number): VersionMember | null {
  const member = memberAt(group, doc, offset);
  return member && member.doc !== doc ? { ...member, doc } : member;
}

function isMember(x: PolicyDocument | VersionMember): x is VersionMember {
  return 'part' in x && 'doc' in x;
}

/** The member of `to` to align with: the one given, or that document's first version other than `from`. */
function target(group: VersionGroup, from: VersionMember, to: PolicyDocument | VersionMember): VersionMember | null {
  if (isMember(to)) return to;
  const candidates = group.members.filter(
    (m) => (m.doc === to || m.doc.uri === to.uri) && !(m.doc.uri === from.doc.uri && m.part === from.part),
  );
  const found = candidates[0];
  return found ? (found.doc !== to ? { ...found, doc: to } : found) : null;
}

/** The counterpart of `clause` in its segment pairing: the clause that translates its first paragraph. */
function counterpartIn(alignment: Alignment, clause: Clause): Clause | null {
  const link = alignment.clauseLink('a', clause);
  if (!link) return null;
  const first =
    link.segments.find((s) => s.a.some((x) => x.clause === clause && x.first)) ??
    link.segments.find((s) => s.a.some((x) => x.clause === clause));
  return first?.b[0]?.clause ?? link.b[0] ?? null;
}

/**
 * The clause of `toDoc` that corresponds to `clause` of `fromDoc`, or null when it has none (or
 * the alignment is not sure enough to say). `toDoc` may be a group member, to pick one version
 * of a file that holds several.
 */
export function counterpartClause(
  group: VersionGroup,
  fromDoc: PolicyDocument,
  clause: Clause,
  toDoc: PolicyDocument | VersionMember,
): Clause | null {
  const from = own(group, fromDoc, clause.span.start);
  if (!from) return null;
  const to = target(group, from, toDoc);
  if (!to || (to.doc === from.doc && to.part === from.part)) return null;
  return counterpartIn(alignVersions(from, to), clause);
}

export interface Counterpart {
  member: VersionMember;
  uri: string;
  /** What to show: the counterpart paragraph(s), clause, or section heading. */
  span: Span;
  clause: Clause | null;
  section: Section | null;
  /** False when only the enclosing section has a counterpart (the clause itself has none). */
  exact: boolean;
}

function blockAt(doc: PolicyDocument, offset: number): Block | null {
  const i = partitionPoint(doc.blocks, (b) => b.end < offset);
  const b = doc.blocks[i];
  if (b && b.start <= offset) return b;
  // Between blocks: the one before (a blank line after a paragraph still belongs to it).
  return doc.blocks[Math.max(0, Math.min(i - 1, doc.blocks.length - 1))] ?? null;
}

function headingSpan(section: Section): Span | null {
  const h = section.heading ?? section.blocks.find((b) => b.type !== 'html');
  return h ? { start: h.start, end: h.end } : null;
}

/** Where an offset of one version lands in each of the others ("Go to counterpart"). */
export function counterpartsAt(group: VersionGroup, doc: PolicyDocument, offset: number): Counterpart[] {
  const from = own(group, doc, offset);
  const block = blockAt(doc, offset);
  if (!from || !block) return [];
  const out: Counterpart[] = [];
  for (const member of group.members) {
    if (member.doc.uri === doc.uri && member.part === from.part) continue;
    const to = member.doc.uri === doc.uri && member.doc !== doc ? { ...member, doc } : member;
    const alignment = alignVersions(from, to);
    const found = block.clause ? locateClause(alignment, block) : null;
    if (found) {
      out.push({
        member: to,
        uri: to.doc.uri,
        span: found.span,
        clause: found.clause,
        section: found.clause.section,
        exact: true,
      });
      continue;
    }
    const link = alignment.sectionLink('a', block.section);
    const span = link ? headingSpan(link.b.section) : null;
    if (link && span)
      out.push({
        member: to,
        uri: to.doc.uri,
        span,
        clause: null,
        section: link.b.section,
        exact: block.type === 'heading',
      });
  }
  return out;
}

/** The paragraphs that translate the segment holding `block`. */
function locateClause(alignment: Alignment, block: Block): { clause: Clause; span: Span } | null {
  const link = alignment.clauseLink('a', block.clause!);
  if (!link) return null;
  const segment = link.segments.find((s) => s.a.some((x) => x.blocks.includes(block))) ?? link.segments[0];
  const blocks = segment?.b.flatMap((s) => s.blocks) ?? [];
  if (blocks.length === 0) return null;
  return { clause: blocks[0]!.clause ?? link.b[0]!, span: { start: blocks[0]!.start, end: blocks.at(-1)!.end } };
}
