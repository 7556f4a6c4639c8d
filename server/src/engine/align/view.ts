// One language version as the aligner sees it: its sections in order, each with its own clauses
// cut into segments (paragraphs, table rows), and for every segment a signature (numbering, length, anchors) that costs nothing to compare.
// Block-level parts of the signatures are cached with the block's parse, so that after a
// keystroke only the edited block is read again.
import type { Block, Clause, Section } from '../model/document.js';
import { blockFacts } from '../extract/anchors.js';
import type { VersionMember } from './group.js';
import { coreId, hashKey, memoOn } from './identity.js';
import { mergeBags, mixesStems, type Bag } from './score.js';
import { idsInOrder, NO_IDS, sortedIds, wordIds, wordOf } from './word-ids.js';
import { memoKind, recall, remember } from '../parse/memo.js';

const SIGNATURE = memoKind('align/signature');

/** What the aligner compares of a text: its length and what no translation changes (a bag, score.ts). */
interface Signature extends Bag {
  words: number;
}

/**
 * What the aligner pairs: a paragraph (or list item) of a clause, or a whole table row. Versions
 * break clauses into paragraphs differently, so segments pair one-to-one, or several to one.
 */
export interface Segment extends Signature {
  clause: Clause;
  blocks: Block[];
  /** Whether this is the clause's first segment (the one that carries its number). */
  first: boolean;
  /** The clause number relative to its section ("3" for 4.3 under section 4), on the first segment. */
  label: string | null;
  /** Table rows: which table of the section (0, 1, …) and which row. */
  row: { table: number; row: number } | null;
}

export interface SectionUnit extends Signature {
  section: Section;
  /** Stands for everything its alignment depends on: equal keys, equal text and structure. */
  key: string;
  /** The number `key` writes in base 36: how score tables find the unit. */
  hash: number;
  /** The block whose parse holds the memos of this unit's alignments (its heading or first block). */
  owner: Block | undefined;
  /** The section's number ("4"), or null. */
  label: string | null;
  /** Its own clauses (not its subsections'); the signature covers them and the heading. */
  clauses: Clause[];
  /** Its clauses cut into segments, made when first asked for (most sections are only compared by key). */
  readonly segments: Segment[];
}

export interface VersionView {
  member: VersionMember;
  sections: SectionUnit[];
  letters: number;
  /** Every strong fact ("type:key") stated anywhere in the version (made when first asked for). */
  readonly factKeys: ReadonlySet<string>;
  /** Every lower-case Latin word of the version (made when first asked for): where a name is spelt at all. */
  readonly latinWords: ReadonlySet<string>;
}

const LETTER = /\p{L}/gu;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const LATIN_WORD = /(?<![\p{L}])[A-Za-z][A-Za-z0-9&'’-]*/gu;
const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

/** A block's signature, cached with its parse; shared, so never changed once made. */
function blockSignature(block: Block): Signature {
  let sig = recall<Signature>(block.core, SIGNATURE);
  if (!sig) {
    const text = block.number ? block.text.slice(block.number.textEnd) : block.text;
    const facts = blockFacts(block);
    // Addresses and numbers are no words to translate: "https://ioka.kz/" alone is no sentence.
    const words = proseOf(text, facts, block.number ? block.number.textEnd : 0).match(WORD) ?? [];
    const stemOrder = idsInOrder(stemsOf(words));
    const stems = sortedIds([...stemOrder]);
    sig = {
      letters: text.match(LETTER)?.length ?? 0,
      words: words.length,
      keys: wordIds(factKeysOf(facts)),
      names: wordIds(facts.filter((f) => f.type === 'name' && f.key.length >= 3).map((f) => f.key)),
      latin: wordIds((text.match(LATIN_WORD) ?? []).map((w) => w.toLowerCase())),
      stems,
    };
    if (mixesStems(stems)) sig.stemOrder = stemOrder;
    remember(block.core, SIGNATURE, sig);
  }
  return sig;
}

/**
 * The first letters of long words, which translations keep: Kazakh–Russian loanwords, and in a text
 * in Latin letters the cognates of English ("identité", "identity"), without accents.
 */
// French and Italian elide articles and pronouns into the next word: «l’origine» is "origine".
const ELISION = /^(?:[a-z]|qu)['’]/;

function stemsOf(words: readonly string[]): Set<string> {
  const cyrillic = words.filter((w) => /\p{Script=Cyrillic}/u.test(w)).length;
  const latinText = words.length - cyrillic > cyrillic;
  const stems = new Set<string>();
  for (const w of words) {
    if (/\p{Script=Cyrillic}/u.test(w)) {
      if (w.length >= 6)
        stems.add(
          w
            .toLowerCase()
            .replace(/[әғқңөұүһі]/g, (ch) => KAZAKH_TO_RUSSIAN[ch]!)
            .slice(0, 5),
        );
      continue;
    }
    const latin = w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(ELISION, '');
    if (latinText && latin.length >= 6) stems.add(`l:${latin.slice(0, 5)}`);
  }
  return stems;
}

/**
 * The strong facts of a block as anchors; a period is also its number ("30 days" is "30" to a
 * version in a language whose periods pplint does not read).
 */
function factKeysOf(
  facts: ReadonlyArray<{ type: string; key: string; weak?: boolean; duration?: { value: number } }>,
): Set<string> {
  const keys = new Set<string>();
  for (const f of facts) {
    if (f.weak || f.type === 'name') continue;
    keys.add(`${f.type}:${f.key}`);
    if (f.type === 'period' && f.duration) keys.add(`number:${f.duration.value}`);
  }
  return keys;
}

/** The text with web and e-mail addresses blanked out, built in one pass. */
function proseOf(
  text: string,
  facts: ReadonlyArray<{ type: string; start: number; end: number; link?: boolean }>,
  offset: number,
): string {
  const parts: string[] = [];
  let from = 0;
  for (const f of facts) {
    if ((f.type !== 'url' && f.type !== 'email') || f.link) continue;
    const s = Math.max(from, f.start - offset);
    const e = Math.max(s, f.end - offset);
    parts.push(text.slice(from, s), ' '.repeat(e - s));
    from = e;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function emptySignature(): Signature {
  return { letters: 0, words: 0, keys: NO_IDS, names: NO_IDS, latin: NO_IDS, stems: NO_IDS };
}

/** The signature of several blocks or segments together (a table row, a section). */
function joined(parts: readonly Signature[]): Signature {
  if (parts.length === 0) return emptySignature();
  return { ...mergeBags(parts), words: parts.reduce((n, p) => n + p.words, 0) };
}

function relativeLabel(clause: Clause): string | null {
  const label = clause.number?.label;
  if (!label) return null;
  const section = clause.section.number?.label;
  if (section && label.startsWith(`${section}.`)) return label.slice(section.length + 1);
  return label;
}

function segmentsOf(clauses: readonly Clause[]): Segment[] {
  const tables: number[] = [];
  const out: Segment[] = [];
  for (const clause of clauses) {
    const label = relativeLabel(clause);
    if (clause.tableRow) {
      if (!tables.includes(clause.tableRow.table)) tables.push(clause.tableRow.table);
      const row = { table: tables.indexOf(clause.tableRow.table), row: clause.tableRow.row };
      out.push({
        clause,
        blocks: clause.blocks,
        first: true,
        label,
        row,
        ...joined(clause.blocks.map(blockSignature)),
      });
      continue;
    }
    clause.blocks.forEach((block, i) =>
      out.push({
        clause,
        blocks: [block],
        first: i === 0,
        label: i === 0 ? label : null,
        row: null,
        ...blockSignature(block),
      }),
    );
  }
  return out;
}

/** What a section's alignment depends on, as a number: its heading, clauses, numbers and kinds. */
function unitHash(section: Section, clauses: readonly Clause[]): number {
  const parts = [
    `${section.level}/${section.number?.label ?? ''}/${section.heading ? coreId(section.heading) : ''}/${section.kinds.join('.')}`,
  ];
  for (const clause of clauses)
    parts.push(
      `${relativeLabel(clause) ?? ''}${clause.tableRow ? `r${clause.tableRow.row}` : ''}:${clause.blocks.map(coreId).join('.')}`,
    );
  return hashKey(parts.join(','));
}

/**
 * A section as the aligner sees it. A class, not an object literal with a getter beside a spread
 * signature: V8 kept each of those in a dictionary of its own (about 800 bytes a section).
 */
class Unit implements SectionUnit {
  readonly letters: number;
  readonly words: number;
  readonly keys: Signature['keys'];
  readonly names: Signature['names'];
  readonly latin: Signature['latin'];
  readonly stems: Signature['stems'];
  readonly stemOrder: Signature['stemOrder'];
  private made: Segment[] | undefined;

  constructor(
    readonly section: Section,
    readonly key: string,
    readonly hash: number,
    readonly owner: Block | undefined,
    readonly label: string | null,
    readonly clauses: Clause[],
    signature: Signature,
  ) {
    this.letters = signature.letters;
    this.words = signature.words;
    this.keys = signature.keys;
    this.names = signature.names;
    this.latin = signature.latin;
    this.stems = signature.stems;
    this.stemOrder = signature.stemOrder;
  }

  get segments(): Segment[] {
    return (this.made ??= segmentsOf(this.clauses));
  }
}

function makeUnit(section: Section, clauses: Clause[]): SectionUnit {
  const owner = section.heading ?? clauses[0]?.blocks[0];
  const hash = unitHash(section, clauses);
  const key = hash.toString(36);
  // The section's signature depends on its text only: remembered while the text stays.
  const signature = memoOn(owner, `bag|${key}`, () =>
    joined([...(section.heading ? [section.heading] : []), ...clauses.flatMap((c) => c.blocks)].map(blockSignature)),
  );
  return new Unit(section, key, hash, owner, section.number?.label ?? null, clauses, signature);
}

/** The aligner's view of one version (cached per document version). */
export function versionView(member: VersionMember): VersionView {
  const doc = member.doc;
  const key = `align/view/${member.part}`;
  const cached = doc.facts.get(key) as VersionView | undefined;
  if (cached) return cached;
  const part = doc.versions[member.part];
  const first = doc.versions.length > 1 && part ? part.firstBlock : 0;
  const end = doc.versions.length > 1 && part ? part.endBlock : doc.blocks.length;
  const inPart = (block: Block | null | undefined): boolean =>
    block !== null && block !== undefined && block.index >= first && block.index < end;

  const clausesOf = new Map<Section, Clause[]>();
  for (const clause of doc.clauses) {
    if (!inPart(clause.blocks[0])) continue;
    const list = clausesOf.get(clause.section);
    if (list) list.push(clause);
    else clausesOf.set(clause.section, [clause]);
  }
  const sections: SectionUnit[] = [];
  let letters = 0;
  for (const section of doc.sections) {
    if (!inPart(section.heading ?? section.blocks[0])) continue;
    const clauses = clausesOf.get(section) ?? [];
    // Sections with neither a heading nor clauses (an empty preamble) have nothing to align.
    if (!section.heading && clauses.length === 0) continue;
    const unit = makeUnit(section, clauses);
    sections.push(unit);
    letters += unit.letters;
  }
  let factKeys: Set<string> | undefined;
  let latinWords: Set<string> | undefined;
  const view: VersionView = {
    member,
    sections,
    letters,
    get factKeys(): ReadonlySet<string> {
      factKeys ??= new Set(sections.flatMap((u) => u.keys.map(wordOf)));
      return factKeys;
    },
    get latinWords(): ReadonlySet<string> {
      latinWords ??= new Set(sections.flatMap((u) => u.latin.map(wordOf)));
      return latinWords;
    },
  };
  doc.facts.set(key, view);
  return view;
}
