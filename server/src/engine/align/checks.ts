// What the group rules compare: each version held by the linted document, against the primary
// version of its policy. The group comes from the server (versions in other files) or, when
// there is none, from the document itself (versions one after another in one file).
import type { PolicyDocument } from '../model/document.js';
import type { ResolvedConfig } from '../config/types.js';
import type { VersionGroup } from '../model/version-group.js';
import { prepare } from '../extract/prepare.js';
import { inFileGroup, primaryOf, type VersionMember } from './group.js';
import { alignVersions } from './alignment.js';
import type { Alignment } from './types.js';

export interface CheckedPair {
  primary: VersionMember;
  /** A version of the linted document that is not the primary. */
  own: VersionMember;
  /** `a` is the primary, `b` the linted version. */
  alignment: Alignment;
}

/**
 * The group a document is linted in: the given one, with the document's members pointing at this
 * very version of it (the server may hold an older one), else the versions inside the file.
 */
export function groupForDocument(
  doc: PolicyDocument,
  group: VersionGroup | null,
  config: Pick<ResolvedConfig, 'languages' | 'primaryLanguage'>,
): VersionGroup | null {
  if (group && group.members.some((m) => m.doc.uri === doc.uri)) {
    if (group.members.every((m) => m.doc.uri !== doc.uri || m.doc === doc)) return group;
    return { members: group.members.map((m) => (m.doc.uri === doc.uri && m.doc !== doc ? { ...m, doc } : m)) };
  }
  return inFileGroup(doc, config);
}

type CheckContext = { doc: PolicyDocument; group: VersionGroup | null; config: ResolvedConfig };

/** The linted document's versions paired with the primary, aligned. */
export function pairsToCheck(context: CheckContext): CheckedPair[] {
  return alignedPairs(context, (m) => m.doc === context.doc);
}

/**
 * The linted document as the primary, paired with each other version (`a` is still the primary):
 * for what the other versions show the master text lost, reported in the master text itself.
 */
export function pairsAsPrimary(context: CheckContext): CheckedPair[] {
  return alignedPairs(context, () => true, true);
}

/** The group's non-primary versions that `keep` accepts, each aligned with the primary. */
function alignedPairs(
  context: CheckContext,
  keep: (member: VersionGroup['members'][number]) => boolean,
  onlyFromPrimary = false,
): CheckedPair[] {
  const group = groupForDocument(context.doc, context.group, context.config);
  if (!group) return [];
  const primary = primaryOf(group);
  if (onlyFromPrimary && primary.doc !== context.doc) return [];
  for (const member of group.members) prepare(member.doc, context.config);
  return group.members
    .filter((m) => m !== primary && keep(m))
    .map((own) => ({ primary, own, alignment: alignVersions(primary, own) }));
}
