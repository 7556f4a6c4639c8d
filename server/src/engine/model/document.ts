// The policy document model: blocks with absolute positions and languages, the section tree,
// clauses, language versions and inline directives, assembled from the cached chunk parses.
// Building it is linear in the number of blocks; everything heavier is cached per block. The
// section tree and the clauses are built when first asked for: a keystroke's block rules read
// neither, so typing does not rebuild them until the document-wide rules run.
import type { BlockCore, CommentCore, ParseNote } from '../parse/blocks.js';
import type { ChunkCache, ChunkedParse } from '../parse/incremental.js';
import { readFrontMatter, type DocumentProblem, type FrontMatter } from '../parse/frontmatter.js';
import { detectLanguage, type LanguageGuess } from '../language/detect.js';
import { parseDirectives, type Directive } from '../parse/directives.js';
import type { Lang, LanguageCode, SectionKind, Span } from '../types.js';
import { readLanguage } from '../language/codes.js';
import { numberFromMarker, parseLeadingNumber, type ClauseNumber } from './numbering.js';
import { buildSections } from './sections.js';
import { buildClauses } from './clauses.js';
import { findVersions, type VersionPart } from './versions.js';
import { languageFromFileName } from './version-names.js';
import { memoKind, recall, remember } from '../parse/memo.js';
import { Interner } from '../parse/interned.js';

const NUMBER = memoKind('number');
const LANGUAGE = memoKind('language');

export interface Block {
  index: number;
  core: BlockCore;
  /** Absolute source range. */
  start: number;
  end: number;
  /** Where the block's chunk starts: core offsets plus this give absolute offsets. */
  base: number;
  text: string;
  type: BlockCore['type'];
  /** The language detected in this block alone (null when the block gives no clear sign). */
  detected: Lang | null;
  /** The language the block is taken to be in: detected, else its version's, else the document's. */
  lang: Lang | null;
  number: ClauseNumber | null;
  section: Section;
  clause: Clause | null;
  /** Absolute source range of text[from, to). */
  sourceSpan(from: number, to: number): Span;
}

export interface Section {
  index: number;
  /** null for the part before the first heading. */
  heading: Block | null;
  /** Heading level 1-6; 0 for the part before the first heading. */
  level: number;
  /** The heading text without its number. */
  title: string;
  number: ClauseNumber | null;
  /** From the heading to the next heading of the same or a higher level. */
  span: Span;
  parent: Section | null;
  children: Section[];
  /** Blocks directly in this section (not in its subsections). */
  blocks: Block[];
  /** What the section is about, best first; filled by the classifier. */
  kinds: SectionKind[];
  /** True when the heading is a paragraph of bold text, not a Markdown heading. */
  implicit: boolean;
}

export interface Clause {
  index: number;
  /** "4.1" for numbered clauses, else null. */
  number: ClauseNumber | null;
  blocks: Block[];
  span: Span;
  section: Section;
  /** Set for the rows of a GFM table. */
  tableRow?: { table: number; row: number };
}

export interface PolicyDocument {
  uri: string;
  text: string;
  frontMatter: FrontMatter;
  /** Where the front matter ends (0 without front matter): inserted text goes after it. */
  bodyStart: number;
  /** Problems that kept part of the document from being read (bad front matter). */
  problems: DocumentProblem[];
  /** Places the parser read in a bounded way (lists nested too deep), for one information finding. */
  notes: ParseNote[];
  blocks: Block[];
  /** All sections in document order; sections[0] is the part before the first heading. */
  sections: Section[];
  clauses: Clause[];
  /** The document's language: front matter, else file name, else the language of most text; null when pplint does not read it. */
  language: Lang | null;
  /** The same, also when pplint does not read the language ("de", "fr", "uz"); null when unknown. */
  languageCode: LanguageCode | null;
  languageSource: 'front-matter' | 'file-name' | 'detected' | null;
  /** Language versions held in this one file (`<!-- lang: xx -->`); one part when there are none. */
  versions: VersionPart[];
  directives: Directive[];
  comments: Array<CommentCore & { base: number }>;
  /** The parse cache to hand to the next parse of this document. */
  cache: ChunkCache;
  /** How many chunks were parsed afresh for this version (the rest were reused). */
  reparsedChunks: number;
  /** Facts computed once per document version, by id. */
  readonly facts: Map<string, unknown>;
}

export { languageFromFileName };

export function buildDocument(uri: string, text: string, parsed: ChunkedParse): PolicyDocument {
  const blocks: Block[] = [];
  const comments: PolicyDocument['comments'] = [];
  const notes: ParseNote[] = [];
  const structure = new Structure();
  for (const chunk of parsed.chunks) {
    for (const core of chunk.content.blocks) blocks.push(makeBlock(core, chunk.start, blocks.length, text, structure));
    for (const comment of chunk.content.comments) comments.push({ ...comment, base: chunk.start });
    for (const note of chunk.content.notes ?? [])
      notes.push({ ...note, start: chunk.start + note.start, end: chunk.start + note.end });
  }

  let frontMatter: FrontMatter = { raw: {} };
  let problems: DocumentProblem[] = [];
  let bodyStart = 0;
  const fm = blocks[0]?.type === 'frontmatter' ? blocks[0] : undefined;
  if (fm) {
    const valueStart = afterLineBreak(text, lineBreakAt(text, fm.start));
    ({ frontMatter, problems } = frontMatterOf(fm, valueStart));
    // The body begins on the line after the closing fence.
    bodyStart = afterLineBreak(text, fm.end);
  }

  let code: LanguageCode | null = frontMatter.lang ?? null;
  let languageSource: PolicyDocument['languageSource'] = code ? 'front-matter' : null;
  if (!code) {
    code = languageFromFileName(uri);
    if (code) languageSource = 'file-name';
  }
  if (!code) {
    code = majorityLanguage(blocks);
    if (code) languageSource = 'detected';
  }
  const language = readLanguage(code);
  const languageCode = language ?? code;

  const absoluteComments = comments.map((c) => ({ start: c.base + c.start, end: c.base + c.end, value: c.value }));
  const versions = findVersions(text, absoluteComments, blocks, language);
  structure.versions = versions;
  structure.language = language;

  structure.build = () => {
    structure.sections = buildSections(
      blocks,
      text.length,
      new Set(versions.filter((v) => v.firstBlock > 0).map((v) => v.firstBlock)),
    );
    structure.clauses = buildClauses(blocks);
  };
  return {
    uri,
    text,
    frontMatter,
    bodyStart,
    problems,
    notes,
    blocks,
    get sections() {
      return structure.get().sections;
    },
    get clauses() {
      return structure.get().clauses;
    },
    language,
    languageCode,
    languageSource,
    versions,
    directives: parseDirectives(absoluteComments),
    comments,
    cache: parsed.cache,
    reparsedChunks: parsed.parsed,
    facts: new Map(),
  };
}

/** Where the line holding `from` ends (its line break, or the end of the text). */
function lineBreakAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return text.length;
}

/** The offset after the line break at `at` ("\r\n", "\n" or a lone "\r"); `at` itself when there is none. */
function afterLineBreak(text: string, at: number): number {
  if (text[at] === '\r') return text[at + 1] === '\n' ? at + 2 : at + 1;
  return text[at] === '\n' ? at + 1 : at;
}

/** The front matter's reading, kept with its block's parse. */
interface FrontMatterMemo {
  valueStart: number;
  start: number;
  end: number;
  read: ReturnType<typeof readFrontMatter>;
}
const FRONT_MATTER = memoKind('model/front-matter');

/**
 * The front matter read from its block, cached with it: its text and where it stands are all the
 * reading depends on, and the YAML parser is too slow to run on every keystroke. One slot, read
 * again when the block moved.
 */
function frontMatterOf(fm: Block, valueStart: number): ReturnType<typeof readFrontMatter> {
  const kept = recall<FrontMatterMemo>(fm.core, FRONT_MATTER);
  if (kept && kept.valueStart === valueStart && kept.start === fm.start && kept.end === fm.end) return kept.read;
  const read = readFrontMatter(fm.text, valueStart, { start: fm.start, end: fm.end });
  remember<FrontMatterMemo>(fm.core, FRONT_MATTER, { valueStart, start: fm.start, end: fm.end, read });
  return read;
}

/**
 * What a block asks of its document version: the language of the version it stands in, and the
 * section tree and the clauses, built on first use.
 */
class Structure {
  sections: Section[] = [];
  clauses: Clause[] = [];
  built = false;
  /** Set once the blocks and versions are known; nothing asks for a section before. */
  build: () => void = () => {
    throw new Error('The section tree was asked for before the document was assembled.');
  };
  versions: VersionPart[] = [];
  language: Lang | null = null;

  /** The language of a block without one of its own: its version's, else the document's (null outside every version). */
  versionLanguage(index: number): Lang | null {
    let lang: Lang | null = null;
    for (const v of this.versions) if (index >= v.firstBlock && index < v.endBlock) lang = v.lang ?? this.language;
    return lang;
  }

  get(): this {
    if (!this.built) {
      // Set first: building reads blocks' sections, which come here until it is done.
      this.built = true;
      this.build();
    }
    return this;
  }
}

function makeBlock(core: BlockCore, base: number, index: number, source: string, structure: Structure): Block {
  return new DocumentBlock(core, base, index, source, structure);
}

/**
 * A block at its place in one version of the text; everything costly is cached in its core. Its
 * language and number are looked up there when first asked for: a keystroke makes every block of
 * the document anew, and reads only those it checks.
 */
class DocumentBlock implements Block {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: BlockCore['type'];
  private guess: Lang | null | undefined = undefined;
  private language: Lang | null | undefined = undefined;
  private numbered: ClauseNumber | null | undefined = undefined;
  private placed = undefined as unknown as Section;
  private inClause: Clause | null = null;

  constructor(
    readonly core: BlockCore,
    readonly base: number,
    readonly index: number,
    private readonly source: string,
    private readonly structure: Structure,
  ) {
    this.start = base + core.start;
    this.end = base + core.end;
    this.text = core.text;
    this.type = core.type;
  }

  get detected(): Lang | null {
    if (this.guess === undefined) this.guess = prose(this.core) ? blockLanguage(this.core).lang : null;
    return this.guess;
  }

  get lang(): Lang | null {
    if (this.language === undefined) this.language = this.detected ?? this.structure.versionLanguage(this.index);
    return this.language;
  }

  get number(): ClauseNumber | null {
    if (this.numbered === undefined) this.numbered = blockNumber(this.core);
    return this.numbered;
  }

  get section(): Section {
    if (!this.structure.built) this.structure.get();
    return this.placed;
  }

  set section(section: Section) {
    this.placed = section;
  }

  get clause(): Clause | null {
    if (!this.structure.built) this.structure.get();
    return this.inClause;
  }

  set clause(clause: Clause | null) {
    this.inClause = clause;
  }

  sourceSpan(from: number, to: number): Span {
    const map = this.core.map;
    const last = map.length - 1;
    let s = map.at(Math.max(0, Math.min(from, last)));
    // An escaped character ("\\[") starts at its backslash.
    if (to > from && s > this.core.start && this.source[this.base + s - 1] === '\\') s--;
    // The end maps through the last character of the range, so that trailing markup is excluded.
    const e = to > from ? map.at(Math.max(0, Math.min(to - 1, last))) + 1 : s;
    return wholeCharacters(this.source, { start: this.base + s, end: this.base + Math.max(e, s) });
  }
}

/** Widens a span that would split a surrogate pair (an emoji, a rare letter) to the whole character. */
export function wholeCharacters(text: string, span: Span): Span {
  const inside = (at: number): boolean =>
    at > 0 && at < text.length && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1));
  const start = inside(span.start) ? span.start - 1 : span.start;
  const end = inside(span.end) ? span.end + 1 : span.end;
  return start === span.start && end === span.end ? span : { start, end };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function blockNumber(core: BlockCore): ClauseNumber | null {
  if (core.type !== 'heading' && core.type !== 'paragraph') return null;
  const known = recall<ClauseNumber | null>(core, NUMBER);
  if (known !== undefined) return known;
  return remember(core, NUMBER, parseLeadingNumber(core.text) ?? numberFromMarker(core.listMarker));
}

function prose(core: BlockCore): boolean {
  return core.type === 'heading' || core.type === 'paragraph' || core.type === 'tableCell';
}

/** Language detection is the costliest per-block fact; it is cached with the block's parse. */
export function blockLanguage(core: BlockCore): LanguageGuess {
  return recall<LanguageGuess>(core, LANGUAGE) ?? remember(core, LANGUAGE, GUESSES.intern(detectLanguage(core.text)));
}

/** A guess is a language and a few counts: blocks that count alike share one (interned.ts). */
const GUESSES = new Interner<LanguageGuess>(
  (g) => `${g.lang}/${g.other ?? ''}/${g.words}/${g.evidence.en}/${g.evidence.ru}/${g.evidence.kk}`,
);

/** The language of most of the text, also one pplint does not read (a German draft is not English). */
function majorityLanguage(blocks: Block[]): LanguageCode | null {
  const weight: Record<string, number> = { en: 0, ru: 0, kk: 0 };
  for (const b of blocks) {
    const code = b.detected ?? (prose(b.core) ? blockLanguage(b.core).other : undefined);
    if (code) weight[code] = (weight[code] ?? 0) + b.text.length;
  }
  const best = Object.keys(weight).sort((a, b) => weight[b]! - weight[a]!)[0]!;
  return weight[best]! > 0 ? best : null;
}
