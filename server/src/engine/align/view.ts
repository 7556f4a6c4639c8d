// One language version as the aligner sees it: its sections in order, each with its own clauses
// cut into segments (paragraphs, table rows), and for every segment a signature (numbering, length, anchors) that costs nothing to compare.
// Block-level parts of the signatures are cached with the block's parse, so that after a
// keystroke only the edited block is read again.
import type { Block, Clause, Section } from '../model/document.js';
import { blockFacts } from '../extract/anchors.js';
import type { VersionMember } from './group.js';

interface BlockSignature {
  letters: number;
  words: number;
  /** Strong facts as "type:key" (numbers read from words are left out). */
  keys: string[];
  /** Latin names inside Cyrillic text. */
  names: string[];
  /** Lower-case Latin words, to find those names in an English text. */
  latin: string[];
  /** The first letters of long Cyrillic words: Kazakh and Russian share many loanwords. */
  stems: string[];
}

/**
 * What the aligner pairs: a paragraph (or list item) of a clause, or a whole table row. Versions
 * break clauses into paragraphs differently, so segments pair one-to-one, or several to one.
 */
export interface Segment {
  clause: Clause;
  blocks: Block[];
  /** Whether this is the clause's first segment (the one that carries its number). */
  first: boolean;
  /** The clause number relative to its section ("3" for 4.3 under section 4), on the first segment. */
  label: string | null;
  letters: number;
  words: number;
  keys: Set<string>;
  names: Set<string>;
  latin: Set<string>;
  stems: Set<string>;
  /** Table rows: which table of the section (0, 1, …) and which row. */
  row: { table: number; row: number } | null;
}

export interface SectionUnit {
  section: Section;
  /** The section's number ("4"), or null. */
  label: string | null;
  segments: Segment[];
  /** Letters of the heading and the section's own clauses (not its subsections'). */
  letters: number;
  words: number;
  keys: Set<string>;
  names: Set<string>;
  latin: Set<string>;
  stems: Set<string>;
}

export interface VersionView {
  member: VersionMember;
  sections: SectionUnit[];
  letters: number;
  /** How often each strong fact occurs anywhere in the version. */
  keyCounts: Map<string, number>;
  latin: Set<string>;
}

const LETTER = /\p{L}/gu;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const LATIN_WORD = /(?<![\p{L}])[A-Za-z][A-Za-z0-9&'’-]*/gu;
const KAZAKH_TO_RUSSIAN: Record<string, string> = { 'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и' };

function blockSignature(block: Block): BlockSignature {
  let sig = block.core.memo.get('align/signature') as BlockSignature | undefined;
  if (!sig) {
    const text = block.number ? block.text.slice(block.number.textEnd) : block.text;
    const facts = blockFacts(block);
    // Addresses and numbers are no words to translate: "https://ioka.kz/" alone is no sentence.
    let prose = text;
    const offset = block.number ? block.number.textEnd : 0;
    for (const f of facts) if (f.type === 'url' || f.type === 'email') prose = prose.slice(0, Math.max(0, f.start - offset)) + ' '.repeat(f.end - f.start) + prose.slice(Math.max(0, f.end - offset));
    const words = prose.match(WORD) ?? [];
    sig = {
      letters: text.match(LETTER)?.length ?? 0,
      words: words.length,
      keys: facts.filter((f) => !f.weak && f.type !== 'name').map((f) => `${f.type}:${f.key}`),
      names: facts.filter((f) => f.type === 'name' && f.key.length >= 3).map((f) => f.key),
      latin: (text.match(LATIN_WORD) ?? []).map((w) => w.toLowerCase()),
      stems: words.filter((w) => w.length >= 6 && /\p{Script=Cyrillic}/u.test(w)).map((w) => w.toLowerCase().replace(/[әғқңөұүһі]/g, (ch) => KAZAKH_TO_RUSSIAN[ch]!).slice(0, 5)),
    };
    block.core.memo.set('align/signature', sig);
  }
  return sig;
}

function relativeLabel(clause: Clause): string | null {
  const label = clause.number?.label;
  if (!label) return null;
  const section = clause.section.number?.label;
  if (section && label.startsWith(`${section}.`)) return label.slice(section.length + 1);
  return label;
}

function segmentsOf(clause: Clause, tableOrdinal: (id: number) => number): Segment[] {
  const label = relativeLabel(clause);
  const make = (blocks: Block[], first: boolean): Segment => {
    const seg: Segment = {
      clause, blocks, first, label: first ? label : null, letters: 0, words: 0, keys: new Set(), names: new Set(), latin: new Set(), stems: new Set(),
      row: clause.tableRow ? { table: tableOrdinal(clause.tableRow.table), row: clause.tableRow.row } : null,
    };
    for (const block of blocks) addBlock(seg, blockSignature(block));
    return seg;
  };
  if (clause.tableRow) return [make(clause.blocks, true)];
  return clause.blocks.map((block, i) => make([block], i === 0));
}

function addBlock(target: Pick<Segment, 'letters' | 'words' | 'keys' | 'names' | 'latin' | 'stems'>, b: BlockSignature): void {
  target.letters += b.letters;
  target.words += b.words;
  for (const k of b.keys) target.keys.add(k);
  for (const n of b.names) target.names.add(n);
  for (const w of b.latin) target.latin.add(w);
  for (const s of b.stems) target.stems.add(s);
}

/** The aligner's view of one version (cached per document version). */
export function versionView(member: VersionMember): VersionView {
  const doc = member.doc;
  const key = `align/view/${member.part}`;
  const cached = doc.facts.get(key) as VersionView | undefined;
  if (cached) return cached.member === member ? cached : { ...cached, member };
  const part = doc.versions[member.part];
  const first = doc.versions.length > 1 && part ? part.firstBlock : 0;
  const end = doc.versions.length > 1 && part ? part.endBlock : doc.blocks.length;
  const inPart = (block: Block | null | undefined): boolean => block !== null && block !== undefined && block.index >= first && block.index < end;

  const units = new Map<Section, SectionUnit>();
  const view: VersionView = { member, sections: [], letters: 0, keyCounts: new Map(), latin: new Set() };
  for (const section of doc.sections) {
    const opener = section.heading ?? section.blocks[0];
    if (!inPart(opener)) continue;
    const unit: SectionUnit = { section, label: section.number?.label ?? null, segments: [], letters: 0, words: 0, keys: new Set(), names: new Set(), latin: new Set(), stems: new Set() };
    if (section.heading) addBlock(unit, blockSignature(section.heading));
    units.set(section, unit);
    view.sections.push(unit);
  }
  const tables = new Map<Section, number[]>();
  for (const clause of doc.clauses) {
    if (!inPart(clause.blocks[0])) continue;
    const unit = units.get(clause.section);
    if (!unit) continue;
    const ids = tables.get(clause.section) ?? [];
    tables.set(clause.section, ids);
    const segments = segmentsOf(clause, (id) => {
      if (!ids.includes(id)) ids.push(id);
      return ids.indexOf(id);
    });
    for (const seg of segments) {
      unit.segments.push(seg);
      unit.letters += seg.letters;
      unit.words += seg.words;
      for (const k of seg.keys) unit.keys.add(k);
      for (const n of seg.names) unit.names.add(n);
      for (const st of seg.stems) unit.stems.add(st);
      for (const w of seg.latin) unit.latin.add(w);
    }
  }
  for (const unit of view.sections) {
    view.letters += unit.letters;
    for (const seg of unit.segments) for (const k of seg.keys) view.keyCounts.set(k, (view.keyCounts.get(k) ?? 0) + 1);
    for (const w of unit.latin) view.latin.add(w);
  }
  // Sections with neither a heading nor clauses (an empty preamble) have nothing to align.
  view.sections = view.sections.filter((u) => u.section.heading !== null || u.segments.length > 0);
  doc.facts.set(key, view);
  return view;
}
