// The checklist of a policy, for the editor's tree view and the CLI's HTML report: per
// jurisdiction, each item with its status, its name and citation, the text that states it or the
// place it belongs (with the suggestion that inserts it). Also what a section heading satisfies,
// for hover.
import type { PolicyDocument, Section } from '../../model/document.js';
import type { ResolvedConfig } from '../../config/types.js';
import { headingMatches, kindVocabulary } from '../kinds.js';
import { lexicon } from '../vocabulary/lexicon.js';
import {
  applicability,
  checkedOn,
  citationOf,
  itemKind,
  requirementId,
  type Applicability,
  type Text3,
} from '../../profiles/index.js';
import { render } from '../../i18n/render.js';
import type { FixProposal, Lang, SectionKind, Severity, Span } from '../../types.js';
import type { Evidence } from './evidence.js';
import { insertSuggestion, placeItem } from './placement.js';
import { evaluateItem, nameReader, requirementStatus, type ItemStatus } from './status.js';
import { refutationsIn } from './refutations.js';
import type { Jurisdictions } from '../jurisdictions.js';
import { collectEvidence } from './evidence.js';
import { groundedIn } from './grounds.js';
import { policyStatus, type PolicyStatus } from './policy.js';
import type { PolicyPart } from './parts.js';
import type { VersionGroup } from '../../model/version-group.js';
import { counterpartsAt } from '../../align/index.js';
import { libraryFor } from '../../clauses/index.js';

export type { ItemStatus } from './status.js';

export interface ChecklistEvidence {
  span: Span;
  /** Set when the text stands in another language version (another file) that this one lacks. */
  uri?: string;
  via: Evidence['via'];
  kind?: SectionKind;
  /** The words that state the item, as they stand (shortened). */
  excerpt: string;
}

/** The item in one language version of the file (one entry for a file in one language). */
export interface ChecklistEntry {
  lang: Lang | null;
  /** The language version's range. */
  span: Span;
  /** The policy's verdict (the same in every version); the evidence is this version's own where it has it. */
  status: ItemStatus;
  evidence: ChecklistEvidence[];
  trigger?: { span: Span; text: string };
  /**
   * For a missing item: where it belongs (the heading of the section it goes after or before, or
   * the insertion point when there is none) and the suggestion that inserts it.
   */
  place?: {
    span: Span;
    relation: 'after' | 'before' | 'at';
    section: string | null;
    offset: number;
    suggestion: FixProposal | null;
  };
}

export interface ChecklistItem {
  /** `kz:retention`, as in missing-section's `requirement`. */
  requirement: string;
  profile: string;
  id: string;
  name: Text3;
  /** The short name for a checklist row. */
  label: Text3;
  /** "Law 94-V, Art. 12 p.2", or the law alone where no article was read in a source. */
  citation: Text3;
  section: SectionKind;
  severity: Severity;
  applies: Applicability;
  condition: Text3 | null;
  /** The clause of the clause library that supplies the item. */
  clause: string;
  checked: string;
  /** The policy's verdict: stated when any language version states it. */
  status: ItemStatus;
  versions: ChecklistEntry[];
}

export interface ChecklistProfile {
  id: string;
  law: Text3;
  /** The shortest name, for a checklist row. */
  label: Text3;
  title: Text3;
  checked: string;
  items: ChecklistItem[];
  counts: Record<ItemStatus, number>;
}

export interface Checklist {
  jurisdictions: { list: string[]; source: Jurisdictions['source']; unknown: string[] };
  versions: Array<{ lang: Lang | null; span: Span }>;
  profiles: ChecklistProfile[];
}

const EXCERPT = 90;

/** The line that holds the evidence, shortened around it, without Markdown's heading and list marks. */
function excerpt(doc: PolicyDocument, span: Span): string {
  const lineStart = doc.text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = doc.text.indexOf('\n', span.start);
  const line = doc.text.slice(lineStart, lineEnd === -1 ? doc.text.length : lineEnd);
  const marks = /^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+(?=\S))?/.exec(line)![0].length;
  let from = Math.max(marks, span.start - lineStart - EXCERPT / 3);
  if (from > marks) from = line.lastIndexOf(' ', from) + 1 || from;
  const text = line.slice(from).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  const shortened = text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text;
  return from > marks ? `…${shortened}` : shortened;
}

/**
 * Where another version's evidence stands in this one: its counterpart through the alignment, or,
 * when this version has none, the other version's own place (with its file).
 */
function carried(
  doc: PolicyDocument,
  part: PolicyPart,
  policy: PolicyStatus,
  requirement: string,
): ChecklistEvidence[] {
  const versionGroup = policy.group;
  for (const version of policy.versions) {
    if (version.doc === doc && version.part.index === part.index) continue;
    const state = version.items.get(requirement);
    if (state?.status !== 'satisfied') continue;
    return state.evidence.slice(0, 1).map((e) => {
      const there = versionGroup
        ? counterpartsAt(versionGroup, version.doc, e.span.start).find(
            (c) => c.uri === doc.uri && c.span.start >= part.span.start && c.span.start < part.span.end,
          )
        : undefined;
      if (there)
        return { span: there.span, via: e.via, ...(e.kind ? { kind: e.kind } : {}), excerpt: excerpt(doc, there.span) };
      return {
        span: e.span,
        ...(version.doc === doc ? {} : { uri: version.doc.uri }),
        via: e.via,
        ...(e.kind ? { kind: e.kind } : {}),
        excerpt: excerpt(version.doc, e.span),
      };
    });
  }
  return [];
}

/**
 * @param group the policy's language versions in other files, if any (versions inside the file
 *   are found without it). The verdicts are the policy's; each version shows its own evidence, or
 *   the counterpart of another version's.
 */
export function checklist(doc: PolicyDocument, config: ResolvedConfig, group: VersionGroup | null = null): Checklist {
  const policy = policyStatus(doc, config, group);
  const status = policy.own;
  const vocabulary = kindVocabulary(config.vocabulary);
  const { source, unknown } = status.jurisdictions;
  return {
    jurisdictions: { list: policy.laws, source, unknown },
    versions: status.parts.parts.map((p) => ({ lang: p.lang, span: p.span })),
    profiles: status.profiles.map(({ profile, parts }) => {
      const counts: Record<ItemStatus, number> = {
        satisfied: 0,
        'to-complete': 0,
        missing: 0,
        'not-applicable': 0,
        manual: 0,
      };
      const items = profile.items.map((item): ChecklistItem => {
        const requirement = requirementId(profile.id, item.id);
        const verdict = policy.verdicts.get(requirement) ?? { status: 'not-applicable' as const };
        const versions = parts.map(({ part, items: states }): ChecklistEntry => {
          const state = states.get(item.id)!;
          const own = state.status === 'satisfied' || state.status === 'to-complete';
          const trigger = state.trigger ?? (verdict.trigger?.doc === doc ? verdict.trigger : undefined);
          const entry: ChecklistEntry = {
            lang: part.lang,
            span: part.span,
            status: verdict.status,
            evidence: own
              ? state.evidence.map((e) => ({
                  span: e.span,
                  via: e.via,
                  ...(e.kind ? { kind: e.kind } : {}),
                  excerpt: excerpt(doc, e.span),
                }))
              : verdict.status === 'satisfied'
                ? carried(doc, part, policy, requirement)
                : [],
            ...(trigger ? { trigger: { span: trigger.span, text: trigger.text } } : {}),
          };
          if (verdict.status === 'missing') {
            const placement = placeItem(
              doc,
              part,
              profile,
              item,
              vocabulary,
              libraryFor(config),
              lexicon(config.vocabulary),
            );
            const suggestion = insertSuggestion(placement);
            const anchor = placement.anchor
              ? doc.sections.find((sec) => sec.heading?.start === placement.anchor!.start)
              : undefined;
            entry.place = {
              span: placement.anchor ?? { start: placement.offset, end: placement.offset },
              relation: placement.anchor ? (placement.before ? 'before' : 'after') : 'at',
              section: anchor?.title ?? null,
              offset: placement.offset,
              suggestion,
            };
          }
          return entry;
        });
        const itemStatus = verdict.status;
        counts[itemStatus]++;
        return {
          requirement,
          profile: profile.id,
          id: item.id,
          name: item.name,
          label: item.label,
          citation: citationOf(profile, item),
          section: itemKind(item),
          severity: item.severity,
          applies: applicability(item),
          condition: item.condition ?? null,
          clause: item.clause,
          checked: checkedOn(profile, item),
          status: itemStatus,
          versions,
        };
      });
      return {
        id: profile.id,
        law: profile.file.law,
        label: profile.file.label,
        title: profile.file.title,
        checked: profile.file.checked,
        items,
        counts,
      };
    }),
  };
}

export interface SectionRequirements {
  section: Section;
  kinds: SectionKind[];
  /** The items the section's heading or text states. */
  requirements: Array<{ requirement: string; name: Text3; citation: Text3 }>;
}

/** What a section states, for hover on its heading: its kinds and the requirements its heading and text satisfy. */
export function sectionRequirements(
  doc: PolicyDocument,
  config: ResolvedConfig,
  offset: number,
): SectionRequirements | null {
  const section = doc.sections.find((s) => s.heading && s.heading.start <= offset && offset <= s.heading.end);
  if (!section?.heading) return null;
  const vocabulary = kindVocabulary(config.vocabulary);
  const kinds = [...new Set(headingMatches(section.heading, section.title, vocabulary).map((m) => m.phrase.tag))];
  const firstBlock = section.heading.index;
  let endBlock = firstBlock + 1;
  while (endBlock < doc.blocks.length && doc.blocks[endBlock]!.start < section.span.end) endBlock++;
  const profiles = requirementStatus(doc, config).profiles.map((p) => p.profile);
  const evidence = collectEvidence(doc, [{ firstBlock, endBlock }], profiles, vocabulary, lexicon(config.vocabulary));
  const requirements: SectionRequirements['requirements'] = [];
  // A mention of an item that needs a ground beside it, without one, is no statement here either.
  const grounded = groundedIn(doc, lexicon(config.vocabulary));
  const refuted = refutationsIn(doc, lexicon(config.vocabulary));
  // A section that speaks of the operator without a legal form or BIN does not name it either.
  const names = nameReader(doc, lexicon(config.vocabulary), grounded);
  for (const profile of profiles) {
    for (const item of profile.items) {
      if (evaluateItem(profile, item, evidence, grounded, refuted, names).status === 'satisfied') {
        requirements.push({
          requirement: requirementId(profile.id, item.id),
          name: item.name,
          citation: citationOf(profile, item),
        });
      }
    }
  }
  return { section, kinds, requirements };
}

/** Hover lines for a heading: the requirements its section states, with citations (an explainer for explain.ts). */
/** How many items a heading's hover names before it counts the rest. */
const HOVER_ITEMS = 3;

/** On the title: per law, how many items the policy does not state, not the list (the checklist has it). */
export function notStatedSummary(
  doc: PolicyDocument,
  config: ResolvedConfig,
  lang: Lang,
  group: VersionGroup | null,
): string[] {
  const policy = policyStatus(doc, config, group);
  return policy.own.profiles.flatMap(({ profile }) => {
    const count = profile.items.filter(
      (item) => policy.verdicts.get(requirementId(profile.id, item.id))?.status === 'missing',
    ).length;
    return count > 0
      ? [
          render(
            { id: 'explain/not-stated', data: { law: profile.file.law[lang] ?? profile.file.law.en, count } },
            lang,
          ),
        ]
      : [];
  });
}

export function explainRequirements(
  doc: PolicyDocument,
  config: ResolvedConfig,
  offset: number,
  lang: Lang,
): { span: Span; lines: string[] } | null {
  const found = sectionRequirements(doc, config, offset);
  if (!found || found.requirements.length === 0) return null;
  // A hover stays a few lines: the first items, the rest counted («and 12 more»).
  const shown = found.requirements.slice(0, HOVER_ITEMS).map((r) => `${r.citation[lang]} — ${r.name[lang]}`);
  const rest = found.requirements.length - shown.length;
  const list =
    rest > 0
      ? `${shown.join('; ')} ${render({ id: 'explain/and-more', data: { count: rest } }, lang)}`
      : shown.join('; ');
  return {
    span: { start: found.section.heading!.start, end: found.section.heading!.end },
    lines: [render({ id: 'checklist/satisfies', data: { list } }, lang)],
  };
}
