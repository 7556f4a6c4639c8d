// One verdict per policy: whether a law item is stated is a property of the policy, not of one
// language version. The item is stated when any version states it; a version that lacks the
// clause that states it is told so by `untranslated-clause`, not by `missing-section`. The laws
// checked are the policy's: those any of its versions answers to.
//
// Each version's own evidence is cached per block and its status per document version
// (status.ts), so after a keystroke only the edited version is read again; the verdict is a merge
// of the versions' statuses, a few hundred map look-ups.
import type { PolicyDocument } from '../../model/document.js';
import type { ResolvedConfig } from '../../config/types.js';
import type { VersionGroup } from '../../model/version-group.js';
import { groupForDocument, type VersionMember } from '../../align/index.js';
import { policyJurisdictions } from '../jurisdictions.js';
import { CORE_PROFILE, requirementId } from '../../profiles/index.js';
import { policyParts, type PolicyPart } from './parts.js';
import {
  requirementStatusSteps,
  type ItemInPart,
  type ItemStatus,
  type RequirementStatus,
  type Unidentified,
} from './status.js';
import type { Trigger } from './evidence.js';
import { runSteps, type Steps } from '../steps.js';

/** One language version of the policy: a document, or one `<!-- lang -->` part of it. */
export interface VersionStatus {
  doc: PolicyDocument;
  part: PolicyPart;
  /** By requirement id (`kz:purposes`): the item as this version states it. */
  items: Map<string, ItemInPart>;
}

export interface ItemVerdict {
  status: ItemStatus;
  /** For a `when-mentioned` item: the words, in any version, that show its situation applies. */
  trigger?: Trigger & { doc: PolicyDocument };
  /** For a missing item with `grounds`: words, in any version, that name it without them. */
  claim?: Trigger & { doc: PolicyDocument };
  /** For a missing item with `identifiedBy`: a place, in any version, that names the operator by a brand at most. */
  unidentified?: Unidentified & { doc: PolicyDocument };
}

export interface PolicyStatus {
  /** The jurisdictions the policy answers to (any version's), in the usual order. */
  laws: string[];
  /** The linted document's own statuses under those laws. */
  own: RequirementStatus;
  /** Every version, the linted document's first. */
  versions: VersionStatus[];
  /** By requirement id: the policy's verdict. */
  verdicts: Map<string, ItemVerdict>;
  /** The versions as a group (null for a policy in one language). */
  group: VersionGroup | null;
}

/** The part of a document a group member stands for. */
function partOf(member: VersionMember): PolicyPart | undefined {
  const parts = policyParts(member.doc).parts;
  if (parts.length === 1) return parts[0];
  const version = member.doc.versions[member.part];
  return parts.find((p) => version !== undefined && p.span.start === version.span.start);
}

const RANK: Record<ItemStatus, number> = { satisfied: 4, 'to-complete': 3, missing: 2, manual: 1, 'not-applicable': 0 };

/** @param core check the core items (profiles/core.yaml) instead of the laws: the policy names none. */
export function policyStatus(
  doc: PolicyDocument,
  config: ResolvedConfig,
  group: VersionGroup | null,
  core = false,
): PolicyStatus {
  return runSteps(policyStatusSteps(doc, config, group, core));
}

/** The same, a few blocks per step. */
export function* policyStatusSteps(
  doc: PolicyDocument,
  config: ResolvedConfig,
  group: VersionGroup | null,
  core = false,
): Steps<PolicyStatus> {
  const versionGroup = groupForDocument(doc, group, config);
  const others = (versionGroup?.members ?? []).filter((m) => m.doc !== doc);
  const found = policyJurisdictions(doc, config, versionGroup);
  const jurisdictions = core ? { ...found, list: [CORE_PROFILE.id] } : found;
  const laws = jurisdictions.list;
  const own = yield* requirementStatusSteps(doc, config, jurisdictions);

  const versions: VersionStatus[] = [];
  const collect = (d: PolicyDocument, part: PolicyPart, status: RequirementStatus): void => {
    const items = new Map<string, ItemInPart>();
    for (const { profile, parts } of status.profiles) {
      const states = parts.find((p) => p.part.index === part.index)?.items;
      if (states) for (const [id, state] of states) items.set(requirementId(profile.id, id), state);
    }
    versions.push({ doc: d, part, items });
  };
  for (const part of own.parts.parts) collect(doc, part, own);
  for (const member of others) {
    const part = partOf(member);
    if (part) collect(member.doc, part, yield* requirementStatusSteps(member.doc, config, jurisdictions));
  }

  const verdicts = new Map<string, ItemVerdict>();
  for (const version of versions) {
    for (const [id, state] of version.items) {
      const current = verdicts.get(id);
      const status = current && RANK[current.status] >= RANK[state.status] ? current.status : state.status;
      const trigger = current?.trigger ?? (state.trigger ? { ...state.trigger, doc: version.doc } : undefined);
      const claim = current?.claim ?? (state.claim ? { ...state.claim, doc: version.doc } : undefined);
      // The linted document's own reading first (its versions come first), a named brand before a bare place.
      const unidentified =
        current?.unidentified?.name || !state.unidentified
          ? current?.unidentified
          : state.unidentified.name || !current?.unidentified
            ? { ...state.unidentified, doc: version.doc }
            : current.unidentified;
      verdicts.set(id, {
        status,
        ...(trigger ? { trigger } : {}),
        ...(claim ? { claim } : {}),
        ...(unidentified ? { unidentified } : {}),
      });
    }
  }
  // Who the operator is does not change with the language: an exemption one version shows (an
  // individual entrepreneur, «ИП LinkMax», where another writes "LinkMax Individual Entrepreneur")
  // holds for the policy, unless a version states the item anyway.
  for (const version of versions)
    for (const [id, state] of version.items)
      if (state.exempt && verdicts.get(id)?.status === 'missing') verdicts.set(id, { status: 'not-applicable' });
  return { laws, own, versions, verdicts, group: versionGroup };
}
