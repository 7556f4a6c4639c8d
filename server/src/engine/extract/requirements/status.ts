// For a document and the laws it answers to: each profile item's status in each part of the
// policy (each language version), computed once per document version. An item is satisfied by
// a heading of its kind, a clause anywhere that states it, its own phrases, or a fact; an item that
// applies only in some situations is `not-applicable` until the text shows the situation. The
// operator's name needs a fact that identifies it in law (`identifiedBy`): a "Contacts" section or
// a brand alone leaves it missing, with what was read kept for the message.
import type { PolicyDocument } from '../../model/document.js';
import type { ResolvedConfig } from '../../config/types.js';
import { kindVocabulary } from '../kinds.js';
import { lexicon } from '../vocabulary/lexicon.js';
import { jurisdictionsOf, type Jurisdictions } from '../jurisdictions.js';
import {
  applicability,
  profileOrCore,
  requirementId,
  type CompiledProfile,
  type ProfileItem,
} from '../../profiles/index.js';
import { collectEvidenceSteps, type Evidence, type PartEvidence, type Trigger } from './evidence.js';
import { groundedIn, type Grounded } from './grounds.js';
import { refutationsIn, type Refuted } from './refutations.js';
import { policyParts, type PolicyPart, type PolicyParts } from './parts.js';
import { runSteps, type Steps } from '../steps.js';
import { actingBrand, describedOperator, operatorNameAt } from './operator-name.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import type { Span } from '../../types.js';

/** `to-complete`: only a section of template blanks stands for the item (just inserted, not yet written). */
export type ItemStatus = 'satisfied' | 'to-complete' | 'missing' | 'not-applicable' | 'manual';

export interface ItemInPart {
  status: ItemStatus;
  /** What states the item, in document order (empty unless satisfied). */
  evidence: Evidence[];
  /** For a `when-mentioned` item: the words that show its situation applies. */
  trigger?: Trigger;
  /** For an item with `grounds`, missing: the words that name it without what it needs. */
  claim?: Trigger;
  /** Not applicable because a fact shows the item does not bind this operator (`exemptBy`). */
  exempt?: true;
  /**
   * For an item with `identifiedBy`, missing: the place that speaks of the operator without
   * identifying it in law, and the name it gives (a brand), if one was read.
   */
  unidentified?: Unidentified;
}

export interface Unidentified {
  span: Span;
  /** The name read (operator-name.ts), else the words of the place, for the message. */
  name?: string;
  place: string;
  section: number;
}

export interface PartStatus {
  part: PolicyPart;
  /** By item id. */
  items: Map<string, ItemInPart>;
}

export interface ProfileStatus {
  profile: CompiledProfile;
  parts: PartStatus[];
}

export interface RequirementStatus {
  jurisdictions: Jurisdictions;
  parts: PolicyParts;
  /** One per known jurisdiction the policy answers to, in the order they are listed. */
  profiles: ProfileStatus[];
}

const VIA_RANK: Record<Evidence['via'], number> = { heading: 0, clause: 1, phrase: 2, fact: 3 };

/** What the place of a piece of evidence calls the operator (operator-name.ts), for an item with `identifiedBy`. */
export type NameReader = ((evidence: Evidence) => {
  name?: string;
  identified?: 'legal-form' | 'blank';
  place: string;
}) & {
  /**
   * When no place of the operator names anyone: the sentence that describes the operator by its
   * role («Оператор данных: разработчик приложения»), else the name the policy gives itself elsewhere.
   */
  fallback?: () => { name?: string; place?: { span: Span; section: number; text: string } };
};

/** Whether the evidence identifies the operator in law: a fact of `identifiedBy`, or the item's own phrases. */
function identifies(item: ProfileItem, e: Evidence): boolean {
  return e.via === 'phrase' || (e.via === 'fact' && e.fact !== undefined && item.identifiedBy!.includes(e.fact));
}

/**
 * @param grounded for an item with `grounds`: whether a statement rests on them (see grounds.ts);
 *   without it, every statement counts.
 * @param refuted for an item with `refutedBy`: whether a statement says the opposite (refutations.ts).
 * @param names for an item with `identifiedBy`: what a place calls the operator.
 */
export function evaluateItem(
  profile: CompiledProfile,
  item: ProfileItem,
  evidence: PartEvidence,
  grounded?: Grounded,
  refuted?: Refuted,
  names?: NameReader,
): ItemInPart {
  const id = requirementId(profile.id, item.id);
  const applies = applicability(item);
  if (applies === 'duty') return { status: 'manual', evidence: [] };
  const found: Evidence[] = [
    ...(item.kinds ?? []).flatMap((k) => evidence.kinds.get(k) ?? []),
    ...(evidence.items.get(id) ?? []),
    ...(item.facts ?? []).flatMap((f) => evidence.facts.get(f) ?? []),
    // The strongest evidence first (a section whose heading names the item), so that "go to" in
    // the checklist lands on the section rather than on a passing mention.
  ]
    // "Our servers are located in Germany" uses the words of storage in Kazakhstan and says the opposite.
    .filter((e) => !refuted?.refutes(item, e))
    .sort((a, b) => VIA_RANK[a.via] - VIA_RANK[b.via] || a.span.start - b.span.start);
  const trigger = applies === 'when-mentioned' ? evidence.triggers.get(id)?.[0] : undefined;
  const stated = grounded && item.grounds ? found.filter((e) => grounded.counts(item, e)) : found;
  // "Contacts", or "Acme is the operator", with no legal form or BIN: a brand at most.
  if (item.identifiedBy && names && stated.length > 0 && !stated.some((e) => identifies(item, e))) {
    // Clauses first ("Acme is the operator"), then the sections: the first place that names someone.
    const places = [...stated.filter((e) => e.via === 'clause'), ...stated.filter((e) => e.via !== 'clause')];
    const readings = places.map((e) => ({ e, read: names(e) }));
    // «Оператор: ИП [ФИО]»: a legal form the facts do not read (no name after it) still identifies;
    // a blank for the name is the placeholder rule's finding.
    if (readings.some((r) => r.read.identified))
      return { status: 'satisfied', evidence: stated, ...(trigger ? { trigger } : {}) };
    const named = readings.find((r) => r.read.name);
    const { e: place, read } = named ?? readings[0]!;
    const other = named ? undefined : names.fallback?.();
    const name = read.name ?? other?.name;
    const unidentified = {
      span: other?.place?.span ?? place.span,
      place: other?.place?.text ?? read.place,
      section: other?.place?.section ?? place.section,
      ...(name ? { name } : {}),
    };
    return { status: 'missing', evidence: [], unidentified, ...(trigger ? { trigger } : {}) };
  }
  if (stated.length > 0) return { status: 'satisfied', evidence: stated, ...(trigger ? { trigger } : {}) };
  // Named but without its ground: missing, and the message quotes what was read (its first place).
  const named = found.find((e) => e.via !== 'heading') ?? found[0];
  if (named && grounded) {
    const claim = { span: named.span, text: grounded.quote(named), section: named.section };
    return { status: 'missing', evidence: [], claim, ...(trigger ? { trigger } : {}) };
  }
  const templates = [...(item.kinds ?? []), id].flatMap((k) => evidence.templates.get(k) ?? []);
  if (templates.length > 0) return { status: 'to-complete', evidence: templates, ...(trigger ? { trigger } : {}) };
  if (item.exemptBy?.some((f) => (evidence.facts.get(f)?.length ?? 0) > 0))
    return { status: 'not-applicable', evidence: [], exempt: true };
  if (applies === 'when-mentioned' && !trigger) return { status: 'not-applicable', evidence: [] };
  return { status: 'missing', evidence: [], ...(trigger ? { trigger } : {}) };
}

/** Names read and places quoted for the operator items, as a document's `NameReader`. */
export function nameReader(doc: PolicyDocument, words: Lexicon, grounded: Grounded): NameReader {
  let other: ReturnType<NonNullable<NameReader['fallback']>> | undefined;
  const read: NameReader = (evidence) => ({ ...operatorNameAt(doc, evidence, words), place: grounded.quote(evidence) });
  // Read once per document, and only when no place of the operator names anyone.
  read.fallback = () => (other ??= otherPlace(doc, words, grounded));
  return read;
}

/** The operator described by its role (quoted as the place), else the brand the policy acts under. */
function otherPlace(
  doc: PolicyDocument,
  words: Lexicon,
  grounded: Grounded,
): ReturnType<NonNullable<NameReader['fallback']>> {
  const described = describedOperator(doc, words);
  if (described) return { place: { ...described, text: grounded.quote({ ...described, via: 'clause' }) } };
  const name = actingBrand(doc, words);
  return name ? { name } : {};
}

/**
 * @param jurisdictions the laws to check: the policy's when its language versions are known (they
 *   share them, see `policyJurisdictions`); else this document's own.
 */
export function requirementStatus(
  doc: PolicyDocument,
  config: ResolvedConfig,
  jurisdictions: Jurisdictions = jurisdictionsOf(doc, config),
): RequirementStatus {
  return runSteps(requirementStatusSteps(doc, config, jurisdictions));
}

/** The same, a few blocks per step. */
export function* requirementStatusSteps(
  doc: PolicyDocument,
  config: ResolvedConfig,
  jurisdictions: Jurisdictions = jurisdictionsOf(doc, config),
): Steps<RequirementStatus> {
  const vocabulary = kindVocabulary(config.vocabulary);
  const list = jurisdictions.list;
  const key = `requirements/${vocabulary.id}/${list.join(',')}`;
  const cached = doc.facts.get(key) as RequirementStatus | undefined;
  if (cached) return cached;

  const parts = policyParts(doc);
  const profiles = list.map(profileOrCore).filter((p): p is CompiledProfile => p !== undefined);
  const result: RequirementStatus = {
    jurisdictions,
    parts,
    profiles: profiles.map((profile) => ({ profile, parts: [] })),
  };
  if (profiles.length > 0) {
    const grounded = groundedIn(doc, lexicon(config.vocabulary));
    const refuted = refutationsIn(doc, lexicon(config.vocabulary));
    const names = nameReader(doc, lexicon(config.vocabulary), grounded);
    for (const part of parts.parts) {
      const evidence = yield* collectEvidenceSteps(
        doc,
        parts.shared ? [parts.shared, part] : [part],
        profiles,
        vocabulary,
        lexicon(config.vocabulary),
      );
      result.profiles.forEach((entry) => {
        const items = new Map(
          entry.profile.items.map((item) => [
            item.id,
            evaluateItem(entry.profile, item, evidence, grounded, refuted, names),
          ]),
        );
        entry.parts.push({ part, items });
      });
    }
  }
  doc.facts.set(key, result);
  return result;
}
