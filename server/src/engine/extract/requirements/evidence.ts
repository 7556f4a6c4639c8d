// What one part of a policy states, gathered once for every profile item: the kinds its headings
// name, the topics its clauses state (by the `clause` phrases of section-kinds.yaml, wherever
// they stand), the items the profiles' own phrases find, and facts (contacts, dates, a BIN).
// Two readings keep a careful lawyer's precision:
// - a definitions section or clause states nothing but the meaning of words ("cross-border
//   transfer means …" says nothing of whether data leave the country);
// - a clause about the subject's rights states only rights-like items: "the right to learn the
//   retention period" is not a retention period;
// - a drafting instruction states nothing, and a heading whose section holds nothing else states
//   nothing either (see readings.ts);
// - rights that are not the subject's ("we reserve the right to…") state no right;
// - a basis demanded of the operator's customers ("users must have a lawful basis") states no basis;
// - a sentence that points elsewhere ("…, whose contacts are given in section 11") states what the
//   place it points to states, no more (see pointers.ts).
// - a denied mention ("we never obtain data from data brokers") makes no item apply
//   (negated-mentions.ts).
import type { Block, Clause, PolicyDocument, Section } from '../../model/document.js';
import { clauseStatements, textMatches, type KindVocabulary } from '../kinds.js';
import { requirementId, type CompiledProfile } from '../../profiles/index.js';
import type { FactKind } from '../../profiles/types.js';
import type { SectionKind, Span } from '../../types.js';
import { blockFacts } from './facts.js';
import { findPlaceholders } from '../placeholders.js';
import { blockReadings } from './readings.js';
import { headingTopics } from './heading-topics.js';
import { blockPointers, defer, holdsContacts, settle, type Deferred } from './pointers.js';
import { deniedMention } from './negated-mentions.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import { compactList, memoKind, memoKindOf, recall, remember } from '../../parse/memo.js';
import { stepEnds, runSteps, type Steps } from '../steps.js';
import { contribution, headingKinds, type Contribution } from './contribution.js';
import { documentReferenceSteps } from '../references.js';
import { labelledRights } from './rights-labels.js';
import { isProse } from '../../parse/blocks.js';

export interface Evidence {
  /** The heading, words or fact that state the item. */
  span: Span;
  via: 'heading' | 'clause' | 'phrase' | 'fact';
  kind?: SectionKind;
  fact?: FactKind;
  /** Index of the section the evidence stands in. */
  section: number;
}

export interface Trigger {
  span: Span;
  text: string;
  section: number;
}

export interface PartEvidence {
  kinds: Map<SectionKind, Evidence[]>;
  /** By requirement id (`kz:consent-term`): what the item's own phrases found. */
  items: Map<string, Evidence[]>;
  facts: Map<FactKind, Evidence[]>;
  /** By requirement id: words that show the situation of a `when-mentioned` item. */
  triggers: Map<string, Trigger[]>;
  /** By kind or requirement id: headings over sections still in template blanks, there but to complete. */
  templates: Map<string, Evidence[]>;
}

/** A section under a heading this short may be only a drafting instruction and a note about the template. */
const MAX_INSTRUCTION_BLOCKS = 3;

/** The places kept per kind, item or fact: enough to show where an item is stated. */
const MAX_EVIDENCE = 3;

/**
 * For the kinds of an item with `grounds` or `refutedBy`, more: a place counts only with its ground
 * beside it (grounds.ts) or when it does not say the opposite (refutations.ts), so the first few may
 * all be bare mentions and a later one the statement.
 */
const MAX_GROUNDED_EVIDENCE = 40;

/** The kinds a section's heading names; for a heading that names none, its nearest ancestor's. */
function contextKinds(section: Section, vocabulary: KindVocabulary, cache: Map<Section, SectionKind[]>): SectionKind[] {
  const cached = cache.get(section);
  if (cached) return cached;
  let kinds = headingKinds(section, vocabulary);
  if (kinds.length === 0 && section.parent) kinds = contextKinds(section.parent, vocabulary, cache);
  cache.set(section, kinds);
  return kinds;
}

/**
 * Whether a block of a rights section is about rights: an item of the list of rights, or a
 * sentence that names a right. A plain statement there («Мы не распространяем ваши данные в
 * общедоступных источниках») states what it says, like anywhere else.
 */
function speaksOfRights(block: Block, vocabulary: KindVocabulary): boolean {
  return (
    block.core.listDepth > 0 || !!block.number || textMatches(block, vocabulary).some((m) => m.phrase.tag === 'rights')
  );
}

/** Whether a clause number ([1, 4, 11]) is below one that announces definitions ([1, 4]), filed by first part. */
function underDefinitions(
  parts: readonly number[],
  definitions: ReadonlyMap<number, ReadonlyArray<readonly number[]>>,
): boolean {
  const candidates = definitions.get(parts[0]!);
  return (
    candidates !== undefined && candidates.some((d) => d.length < parts.length && d.every((x, i) => parts[i] === x))
  );
}

/** What stands under a heading: text, only a drafting instruction, or only template blanks. */
type Body = 'text' | 'instruction' | 'template';

/** Words a template block may keep outside its blanks («[Name], BIN [12 digits]»). */
const MAX_TEMPLATE_WORDS = 2;

/** The placeholders that are blanks to fill; a drafting instruction or a template word is not. */
const BLANK_KINDS = new Set(['bracketed', 'marker', 'blank', 'template-variable']);

/** Whether a block is template blanks with at most a word or two between them. */
function isTemplate(block: Block, words: Lexicon): boolean {
  const blanks = findPlaceholders(block, words).filter((p) => BLANK_KINDS.has(p.kind));
  if (blanks.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const p of [...blanks].sort((a, b) => a.start - b.start)) {
    if (p.start >= at) rest += ` ${block.text.slice(at, p.start)}`;
    at = Math.max(at, p.end);
  }
  rest += ` ${block.text.slice(at)}`;
  return (rest.match(/\p{L}+/gu) ?? []).length <= MAX_TEMPLATE_WORDS;
}

/**
 * What a section's heading stands over: a heading over nothing but "Replace in the final version:
 * state the operator's name…" states nothing, and one over nothing but «[State how long data are
 * kept]» (a section just inserted from the template) is there but still to complete. (A heading
 * with nothing under it still counts: drafts converted from Word often move the content away from
 * its heading, into a table further down.)
 */
function bodyOf(section: Section, words: Lexicon, cache: Map<Section, Body>): Body {
  let body = cache.get(section);
  if (body === undefined) {
    // An instruction stands alone under its heading: longer sections are read without looking.
    if (section.children.length > 0 || section.blocks.length > MAX_INSTRUCTION_BLOCKS + 1) body = 'text';
    else {
      let text = 0;
      let templates = 0;
      let stated = false;
      for (const b of section.blocks) {
        if (b === section.heading || b.type === 'html' || b.text.trim() === '') continue;
        text++;
        if (isTemplate(b, words)) templates++;
        else if (!blockReadings(b, blockFacts(b, words), words).instruction) stated = true;
      }
      body = text === 0 || stated ? 'text' : templates > 0 ? 'template' : 'instruction';
    }
    cache.set(section, body);
  }
  return body;
}

/**
 * Whether a section under a rights heading states a right: a list or numbered clauses, or a sentence that speaks of
 * the subject's rights. "Rights" in a heading is used loosely ("Your California Privacy Rights"
 * over a paragraph on something else, "Rights and obligations of the operator").
 */
function statesRights(
  doc: PolicyDocument,
  section: Section,
  vocabulary: KindVocabulary,
  words: Lexicon,
  cache: Map<Section, boolean>,
): boolean {
  let states = cache.get(section);
  if (states === undefined) {
    states = false;
    for (
      let i = section.heading!.index + 1;
      i < doc.blocks.length && doc.blocks[i]!.start < section.span.end && !states;
      i++
    ) {
      const block = doc.blocks[i]!;
      if (block.type === 'html' || block.type === 'code') continue;
      // A list of rights, or numbered ones; or a [placeholder] for them, which the placeholder rule reports.
      if (block.core.listDepth > 0 || block.number || /^\[[^\]]*\]$/.test(block.text.trim())) states = true;
      else {
        const notRights = blockReadings(block, blockFacts(block, words), words).notRights;
        states = textMatches(block, vocabulary).some(
          (m) => m.phrase.tag === 'rights' && !notRights.some((n) => n.start < m.end && m.start < n.end),
        );
      }
    }
    cache.set(section, states);
  }
  return states;
}

/** The topics a clause states, cached with its first block while its blocks stay the same. */
function clauseKinds(clause: Clause, vocabulary: KindVocabulary): SectionKind[] {
  const core = clause.blocks[0]!.core;
  const kind = memoKindOf('requirements/clause-kinds', vocabulary.id);
  const cached = recall<{ cores: unknown[]; kinds: SectionKind[] }>(core, kind);
  if (
    cached &&
    cached.cores.length === clause.blocks.length &&
    cached.cores.every((c, i) => c === clause.blocks[i]!.core)
  )
    return cached.kinds;
  const kinds = clauseStatements(clause, vocabulary);
  remember(core, kind, { cores: clause.blocks.map((b) => b.core), kinds: compactList(kinds) });
  return kinds;
}

function spanOf(block: Block, start: number, end: number): Span {
  return start < 0 ? { start: block.start, end: block.end } : block.sourceSpan(start, end);
}

/** Whether another place may be kept for this key (the first few are enough). */
function room<K, V>(map: Map<K, V[]>, key: K, max = MAX_EVIDENCE): boolean {
  return (map.get(key)?.length ?? 0) < max;
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What the blocks of the given ranges state; each block's share is cached with it, so a keystroke costs a merge. */
export function collectEvidence(
  doc: PolicyDocument,
  ranges: ReadonlyArray<{ firstBlock: number; endBlock: number }>,
  profiles: readonly CompiledProfile[],
  vocabulary: KindVocabulary,
  words: Lexicon,
): PartEvidence {
  return runSteps(collectEvidenceSteps(doc, ranges, profiles, vocabulary, words));
}

/** The same, a few blocks per step. */
export function* collectEvidenceSteps(
  doc: PolicyDocument,
  ranges: ReadonlyArray<{ firstBlock: number; endBlock: number }>,
  profiles: readonly CompiledProfile[],
  vocabulary: KindVocabulary,
  words: Lexicon,
): Steps<PartEvidence> {
  const evidence: PartEvidence = {
    kinds: new Map(),
    items: new Map(),
    facts: new Map(),
    triggers: new Map(),
    templates: new Map(),
  };
  const contributions = memoKind(
    `requirements/contribution/${vocabulary.id}/${words.id}/${profiles.map((p) => p.id).join(',')}`,
  );
  const bodies = new Map<Section, Body>();
  const topics = new Map<Section, Set<SectionKind>>();
  const topicsOf = (section: Section, kinds: Contribution['kinds']): Set<SectionKind> => {
    let named = topics.get(section);
    if (!named)
      topics.set(section, (named = headingTopics(doc, section, [...new Set(kinds.map((k) => k.kind))], words)));
    return named;
  };
  // Kinds whose places are read again (a ground beside them, or no statement of the opposite): keep more.
  const grounded = new Set(
    profiles.flatMap((p) => p.items.filter((i) => i.grounds || i.refutedBy).flatMap((i) => i.kinds ?? [])),
  );
  const rightsBodies = new Map<Section, boolean>();
  // Numbered clauses under one that announces definitions ("1.4. Terms and definitions:") are definitions.
  const definitionNumbers = new Map<number, Array<readonly number[]>>();
  const sections = new Map<Section, SectionKind[]>();
  // Once per clause, not per block: checking the memo reads all of a clause's blocks, and one
  // table row may hold thousands of cells.
  const clauses = new Map<Clause, SectionKind[]>();
  const kindsOf = (clause: Clause): SectionKind[] => {
    let kinds = clauses.get(clause);
    if (!kinds) clauses.set(clause, (kinds = clauseKinds(clause, vocabulary)));
    return kinds;
  };
  const deferred: Deferred[] = [];
  for (const range of ranges) {
    for (let i = range.firstBlock; i < range.endBlock; i++) {
      if (stepEnds(i)) yield;
      const block = doc.blocks[i]!;
      if (!isProse(block)) continue;
      const section = block.section;
      // A template's blanks state nothing, whatever words they hold («[List the personal data collected]»).
      if (section.heading !== block && isTemplate(block, words)) continue;
      const sectionKinds = contextKinds(section, vocabulary, sections);
      const stated = block.clause ? kindsOf(block.clause) : [];
      const numbered = block.clause?.number;
      if (numbered && stated.includes('definitions') && block.clause!.blocks[0] === block) {
        const list = definitionNumbers.get(numbered.parts[0]!);
        if (list) list.push(numbered.parts);
        else definitionNumbers.set(numbered.parts[0]!, [numbered.parts]);
      }
      const heading = section.heading === block;
      const found = contribution(
        block,
        {
          heading,
          definitions:
            sectionKinds[0] === 'definitions' ||
            stated.includes('definitions') ||
            (numbered !== null &&
              numbered !== undefined &&
              definitionNumbers.size > 0 &&
              underDefinitions(numbered.parts, definitionNumbers)),
          aboutRights:
            stated.includes('rights') || (sectionKinds.includes('rights') && speaksOfRights(block, vocabulary)),
        },
        profiles,
        vocabulary,
        words,
        contributions,
      );
      // Only a heading that states something needs its section looked at.
      if (heading && (found.kinds.length > 0 || found.items.length > 0 || found.facts.length > 0)) {
        const body = bodyOf(section, words, bodies);
        if (body === 'template') {
          const at = { span: { start: block.start, end: block.end }, via: 'heading' as const, section: section.index };
          for (const k of [...found.kinds.map((x) => x.kind), ...found.items.map((x) => x.id)])
            if (room(evidence.templates, k)) add(evidence.templates, k, at);
        }
        if (body !== 'text') continue;
      }
      // A heading that names several topics stands for those its section speaks of (heading-topics.ts).
      const named = heading && found.kinds.length > 1 ? topicsOf(section, found.kinds) : null;
      // A sentence that points elsewhere states what it speaks of only if the place it points to does.
      const pointing = found.kinds.some((k) => k.via === 'clause') || found.items.length > 0;
      // The document's references, read a few blocks per step when a sentence first points elsewhere.
      if (pointing && words.test('reference-pointer', block.text)) yield* documentReferenceSteps(doc, words);
      const pointers = pointing ? blockPointers(doc, block, words) : [];
      const at = { block, section: section.index, pointers, deferred };
      for (const k of found.kinds)
        if (k.via === 'clause' && defer(at, evidence.kinds, k.kind, k.start, k.end, { via: k.via, kind: k.kind }))
          continue;
        else if (
          (named === null || k.via !== 'heading' || named.has(k.kind)) &&
          room(evidence.kinds, k.kind, grounded.has(k.kind) ? MAX_GROUNDED_EVIDENCE : MAX_EVIDENCE) &&
          !(k.via === 'heading' && k.kind === 'rights' && !statesRights(doc, section, vocabulary, words, rightsBodies))
        )
          add(evidence.kinds, k.kind, {
            span: spanOf(block, k.start, k.end),
            via: k.via,
            kind: k.kind,
            section: section.index,
          });
      for (const f of found.facts)
        if (room(evidence.facts, f.kind))
          add(evidence.facts, f.kind, {
            span: spanOf(block, f.start, f.end),
            via: 'fact' as const,
            fact: f.kind,
            section: section.index,
          });
      for (const m of found.items)
        if (defer(at, evidence.items, m.id, m.start, m.end, { via: 'phrase' })) continue;
        else if (room(evidence.items, m.id))
          add(evidence.items, m.id, {
            span: spanOf(block, m.start, m.end),
            via: 'phrase' as const,
            section: section.index,
          });
      // "Deletion" as an item of a rights list states the right to delete.
      for (const label of labelledRights(block, sectionKinds, profiles, words)) {
        const id = requirementId(label.profile, label.item);
        if (room(evidence.items, id))
          add(evidence.items, id, {
            span: { start: block.start, end: block.end },
            via: 'phrase' as const,
            section: section.index,
          });
      }
      for (const t of found.triggers)
        if (room(evidence.triggers, t.id) && !deniedMention(doc, block, t.start, t.end, words))
          add(evidence.triggers, t.id, {
            span: spanOf(block, t.start, t.end),
            text: block.text.slice(t.start, t.end),
            section: section.index,
          });
    }
  }
  const read = ranges.map((r) => ({
    start: doc.blocks[r.firstBlock]?.start ?? 0,
    end: doc.blocks[r.endBlock - 1]?.end ?? 0,
  }));
  settle(
    deferred,
    read,
    (map, key) => room(map, key),
    add,
    (target) => holdsContacts(doc, target, words),
  );
  return evidence;
}
